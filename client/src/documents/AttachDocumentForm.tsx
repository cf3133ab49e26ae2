import { useState, type ChangeEvent } from 'react';
import { MAX_DOCUMENT_CHARS, splitParagraphs } from '../../../server/documents/paragraphs';
import { ATTACH_DOCUMENT } from '../api';
import { ChangeForm } from '../curation/ChangeForm';
import { useCuration } from '../curation/CurationContext';
import { Field } from '../curation/Field';
import { hasRole } from '../curation/roles';

const count = (n: number, one: string) => `${n.toLocaleString('en-GB')} ${one}${n === 1 ? '' : 's'}`;

/** What the text splits into, by the locators' rule (non-empty lines, from 1). */
function TextPreview({ text }: { text: string }) {
  if (!text) return null;
  const paragraphs = splitParagraphs(text);
  if (text.length > MAX_DOCUMENT_CHARS) return <p className="muted">{count(text.length, 'character')}: more than the {count(MAX_DOCUMENT_CHARS, 'character')} a document may hold.</p>;
  return (
    <p className="attach-preview" data-testid="attach-preview">
      {count(paragraphs.length, 'paragraph')} (¶1 to ¶{paragraphs.length}, one per non-empty line)
      {paragraphs.length > 0 && <span className="muted"> — ¶1 begins “{paragraphs[0]!.slice(0, 60)}”</span>}
    </p>
  );
}

/**
 * Where a source has no text yet: says so, and for editors takes it: a .txt file or pasted text, how many paragraphs it
 * makes, and a reason; the server refuses it when a claim citing the source points beyond it.
 */
export function AttachDocumentForm({ sourceId }: { sourceId: string }) {
  const { account } = useCuration();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const absent = <p className="muted">The text of this source is not attached; only its citations are known.</p>;
  if (!hasRole(account?.role, 'EDITOR')) return absent;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
  };

  return (
    <section className="reader-text attach-document" aria-label="Attach the text of this source">
      {absent}
      <h3>Attach the text</h3>
      <ChangeForm
        label="Attach the document"
        version={`document:${sourceId}`}
        fields={['text']}
        submitLabel="Attach the document"
        nothingMessage="Choose a .txt file or paste the text first."
        toMutation={(reason) => (text.trim() ? { document: ATTACH_DOCUMENT, variables: { source: sourceId, text, reason } } : null)}
      >
        {(errors) => (
          <>
            <Field label="Text file (.txt)" hint={fileName ? `Read from ${fileName}.` : 'Plain text, one paragraph per line.'}>
              {(control) => <input {...control} type="file" accept=".txt,text/plain" onChange={(event) => void onFile(event)} />}
            </Field>
            <Field label="Or paste the text" error={errors.text}>
              {(control) => <textarea {...control} rows={6} value={text} onChange={(event) => setText(event.target.value)} />}
            </Field>
            <TextPreview text={text} />
          </>
        )}
      </ChangeForm>
    </section>
  );
}
