// The kind of a file from its first bytes, whatever it is called.
import { describe, expect, it } from 'vitest';
import { sniffKind } from '../../shared/import/kind';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniffKind', () => {
  it('tells Word, OLE, PDF, MHTML, HTML and text apart', () => {
    expect(sniffKind(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe('zip');
    expect(sniffKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('ole');
    expect(sniffKind(bytes('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    // a header after a few junk bytes, as some mail gateways leave it
    expect(sniffKind(new Uint8Array([0x00, 0xff, ...bytes('%PDF-1.4')]))).toBe('pdf');
    expect(
      sniffKind(
        bytes('From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="x"\r\n'),
      ),
    ).toBe('mhtml');
    expect(sniffKind(bytes('MIME-Version: 1.0\nContent-Type: text/html; charset="gb2312"\n\n<html>'))).toBe('mhtml');
    expect(sniffKind(bytes('\ufeff\n  <!DOCTYPE html><html>'))).toBe('html');
    expect(sniffKind(bytes('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))).toBe('html');
    expect(sniffKind(bytes('<!-- saved from url=(0050)http://mzj.example.gov.cn/ -->\n<html>'))).toBe('html');
  });

  it('leaves text as text, even when it mentions markup or PDF', () => {
    expect(sniffKind(bytes('关于印发《2025年民政工作要点》的通知\n网页中写作 <html> 标签'))).toBe('text');
    expect(sniffKind(bytes('本文件另存为 %PDF-1.4 格式'))).toBe('text');
    expect(sniffKind(bytes('{"format":"yaodian/1"}'))).toBe('text');
    expect(sniffKind(bytes('Content-Type: 文字'))).toBe('text');
  });
});
