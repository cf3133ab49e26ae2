import { HISTORY, type ChangeConnection, type HistoryResult } from '../api';
import { useAsync } from '../hooks/useAsync';
import { ChangeList } from './ChangeList';
import { useCuration } from './CurationContext';

const HISTORY_PAGE = 30;

/** Every change that touched a record, newest first (asked again after each change made here). */
export function RecordHistory({ id }: { id: string }) {
  const { request, revision } = useCuration();
  const history = useAsync<ChangeConnection>(`${id}#${revision}`, async (signal) => (await request<HistoryResult>(HISTORY, { id, first: HISTORY_PAGE }, { signal })).history);
  return <ChangeList changes={history} label="history" empty="No changes since the data set was loaded." />;
}
