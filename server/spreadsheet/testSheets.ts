import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A small, made-up inquiry in the spreadsheet form, for the tests: each test changes one file.

export function validSheets(): Record<string, string> {
  return {
    'dataset.csv': ['title,period_edtf,period_text,description', 'Quillmere ferry tender,2016/2020,2016–2020,"Who at the harbour board knew the tender was rigged, and when."'].join('\n'),
    'kinds.csv': [
      'kind,label,plural,shape,colour,actor',
      'Company,Company,Companies,round-rectangle,#1d4ed8,yes',
      'Person,Person,People,ellipse,#7c2d12,yes',
      'Contract,Contract,Contracts,tag,#166534,no',
    ].join('\n'),
    'vocabulary.csv': [
      'type,label,description,carries_knowledge,passes_knowledge,credits_author',
      'WARNED,warned,The from end told the to end of a concern.,yes,,',
      'WON,won,The company won the contract.,no,,',
      'DIRECTOR_OF,director of,The person ran the company.,no,both,no',
    ].join('\n'),
    'sources.csv': ['id,title,publisher,author,published_edtf,published_text,reliability,note', 'board-minutes,Harbour board minutes,Quillmere Harbour Board,,2018-05,May 2018,HIGH,', 'gazette,Quillmere Gazette report,Quillmere Gazette,Ima Scribe,2019,,MEDIUM,A local paper.'].join('\n'),
    'entities.csv': [
      'id,kind,name,aliases,summary,date_edtf,date_text',
      'company:brine-ferries,Company,Brine Ferries Ltd,Brine | BFL,The firm that won the tender.,2012,',
      'person:otto-gale,Person,Otto Gale,,Harbour board auditor.,,',
      'contract:ferry-2017,Contract,Ferry contract 2017,,The ten-year ferry contract.,2017-03,March 2017',
    ].join('\n'),
    'relations.csv': [
      'id,type,from,to,role,date_edtf,date_text,note',
      'rel:brine-won-ferry,WON,company:brine-ferries,contract:ferry-2017,,2017-03,,',
      'rel:gale-warned-brine,WARNED,person:otto-gale,company:brine-ferries,,2018-05-02,,"By letter, twice."',
    ].join('\n'),
    'figures.csv': ['record,figure,value,qualifier,unit', 'contract:ferry-2017,contract value,4.5,about,million pounds'].join('\n'),
    'claims.csv': [
      'record,figure,source,locator,date_edtf,date_text,note,stance,erratum',
      'company:brine-ferries,,board-minutes,¶2,,,The minutes name the firm.,,',
      'person:otto-gale,,board-minutes,¶3,,,The minutes list the auditor.,,',
      'contract:ferry-2017,,gazette,¶1,2017-03,,The paper reports the award.,,',
      'contract:ferry-2017,contract value,gazette,¶2,,,The paper gives the value.,,',
      'rel:brine-won-ferry,,gazette,¶1,,,The paper says who won.,,',
      'rel:gale-warned-brine,,board-minutes,¶4-5,,,The minutes record the letters.,supports,',
      'rel:gale-warned-brine,,gazette,¶3,2018,,The paper doubts a letter was sent.,contradicts,',
    ].join('\n'),
  };
}

/** A new temporary folder holding the given CSV files (strings are written as UTF-8). */
export function writeSheets(files: Record<string, string | Uint8Array>): string {
  const directory = mkdtempSync(join(tmpdir(), 'sheets-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(directory, name, '..'), { recursive: true });
    writeFileSync(join(directory, name), content);
  }
  return directory;
}
