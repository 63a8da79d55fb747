#!/usr/bin/env python3
"""Reads an .xlsx with nothing but the standard library (zipfile + ElementTree), independently of the
exceljs that wrote it: prints JSON {sheets: [names], rows: [[cell text…]…] of the first sheet,
frozen: {xSplit, ySplit, state} or null, autoFilter: ref or null, hidden: [column numbers], merges: [refs]}."""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}


def col_index(ref):
    letters = re.match(r'[A-Z]+', ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def main(path):
    z = zipfile.ZipFile(path)
    shared = []
    if 'xl/sharedStrings.xml' in z.namelist():
        for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS):
            shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % NS['m'])))
    wb = ET.fromstring(z.read('xl/workbook.xml'))
    names = [s.get('name') for s in wb.find('m:sheets', NS)]
    sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
    rows = []
    for row in sheet.find('m:sheetData', NS).findall('m:row', NS):
        cells = {}
        for c in row.findall('m:c', NS):
            t = c.get('t')
            v = c.find('m:v', NS)
            if t == 's':
                text = shared[int(v.text)]
            elif t == 'inlineStr':
                text = ''.join(x.text or '' for x in c.iter('{%s}t' % NS['m']))
            else:
                text = v.text if v is not None else ''
            cells[col_index(c.get('r'))] = text
        width = max(cells) if cells else 0
        rows.append([cells.get(i, '') for i in range(1, width + 1)])
    pane = sheet.find('.//m:sheetView/m:pane', NS)
    frozen = None if pane is None else {k: pane.get(k) for k in ('xSplit', 'ySplit', 'state')}
    af = sheet.find('m:autoFilter', NS)
    hidden = []
    cols = sheet.find('m:cols', NS)
    for c in ([] if cols is None else cols.findall('m:col', NS)):
        if c.get('hidden') in ('1', 'true'):
            hidden.extend(range(int(c.get('min')), int(c.get('max')) + 1))
    merges = [m.get('ref') for m in sheet.findall('m:mergeCells/m:mergeCell', NS)]
    print(json.dumps({'sheets': names, 'rows': rows, 'frozen': frozen, 'autoFilter': None if af is None else af.get('ref'),
                      'hidden': hidden, 'merges': merges}, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv[1])
