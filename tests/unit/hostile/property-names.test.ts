// Names that are built-in object properties ("constructor", "toString", "valueOf",
// "__proto__") as record fields, graph node types, spec names and label templates are
// plain names: kept, found, or refused by the contract, never taken for the built-ins.
import { describe, expect, it } from 'vitest';
import { entityTypeOf } from '../../../db/exchange/graph-import';
import { parseXml, readGexf, readGraphml } from '../../../db/exchange/xml-read';
import { fillTemplate } from '../../../db/import/labels';
import { parseSpec } from '../../../db/import/spec';
import { entityDetail } from '../../../db/queries/entities';
import { openWorkspace } from '../../../db/store/open-workspace';
import { insertCase, insertRecord } from '../../../db/store/write-case-data';

const BUILT_INS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

describe('built-in property names from outside input', () => {
  it('entities.get lists fields named like built-ins as ordinary properties', () => {
    const db = openWorkspace(':memory:');
    const caseId = insertCase(db, {
      number: 'PROTO-1',
      title: 'Built-in names',
      agency: 'Sample Agency',
      status: 'open',
      openedOn: '2026-01-01',
      jurisdiction: '',
    });
    const fields = JSON.parse(
      '{"name":"Pat Sample","constructor":"c-1","toString":"t-1","valueOf":"v-1","__proto__":"p-1"}',
    ) as Record<string, string>;
    const { entityId } = insertRecord(db, {
      caseId,
      type: 'person',
      label: 'Pat Sample',
      fields,
      source: { kind: 'manual' },
    });
    const detail = entityDetail(db, entityId);
    expect(Object.getPrototypeOf(detail.properties)).toBe(Object.prototype);
    expect(Object.entries(detail.properties)).toEqual([
      ['name', ['Pat Sample']],
      ['constructor', ['c-1']],
      ['toString', ['t-1']],
      ['valueOf', ['v-1']],
      ['__proto__', ['p-1']],
    ]);
  });

  it('graph node types named like built-ins are no entity type', () => {
    for (const name of [...BUILT_INS, 'Constructor', '__PROTO__'])
      expect(entityTypeOf(name), name).toBeNull();
    expect(entityTypeOf('Phones')).toBe('phone');
  });

  it('GraphML and GEXF attributes named like built-ins are kept as attributes', () => {
    const graphml = readGraphml(
      parseXml(
        `<graphml><key id="p" for="node" attr.name="__proto__"/><key id="c" for="node" attr.name="constructor"/>
         <graph><node id="a"><data key="p">x</data><data key="c">y</data></node></graph></graphml>`,
        't.graphml',
      ),
      't.graphml',
    );
    expect(Object.entries(graphml.nodes[0]!.attrs)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
    const gexf = readGexf(
      parseXml(
        `<gexf><graph><attributes class="node"><attribute id="0" title="__proto__"/></attributes>
         <nodes><node id="n"><attvalues><attvalue for="0" value="z"/></attvalues></node></nodes></graph></gexf>`,
        't.gexf',
      ),
      't.gexf',
    );
    expect(gexf.nodes[0]!.attrs.__proto__).toBe('z');
  });

  it('a spec requiring a field it does not map is refused, built-in name or not', () => {
    for (const name of ['toString', 'constructor', 'valueOf'])
      expect(() =>
        parseSpec({
          name: 'Required built-in',
          entities: [{ key: 'p', type: 'person', fields: { name: 'Buyer' }, required: [name] }],
        }),
      ).toThrow(new RegExp(`"${name}" is not a mapped field`));
  });

  it('label templates fill only the record’s own fields', () => {
    const fields = { name: 'Pat Sample' };
    expect(fillTemplate('{constructor}{name} {toString}{valueOf}', fields)).toBe('Pat Sample');
    expect(fillTemplate('{name} ({constructor})', { name: 'Pat', constructor: 'c-1' })).toBe('Pat (c-1)');
  });
});
