// A web page saved as one file (.mhtml/.mht, "网页，单个文件"): a MIME message whose first text/html part is
// the page, quoted-printable or base64 in the page's charset. postal-mime decodes the message.
import PostalMime from 'postal-mime';
import { ImportError } from '../errors';

export async function mhtmlToHtml(bytes: Uint8Array): Promise<string> {
  let html: string | undefined;
  try {
    html = (await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' })).html;
  } catch {
    throw new ImportError('corrupt-docx', '单个文件网页（.mhtml）的结构无法读取，文件可能已损坏');
  }
  if (!html) throw new ImportError('no-content', '单个文件网页（.mhtml）中没有网页正文（缺少 text/html 部分）');
  return html;
}
