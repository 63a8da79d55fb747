// The 红头 and the notice's 主体 as they will print, above the 要点 body. Edited in the 红头 form.
import { formatChineseDate } from '../../shared/model/dates';
import { useDocument } from '../store/document-store';
import { useUi } from '../store/ui-store';

export function NoticePreview() {
  const meta = useDocument((s) => s.doc?.meta);
  if (!meta) return null;
  const mark = meta.issuerMark || (meta.issuer ? `${meta.issuer}文件` : '');
  const empty = !mark && !meta.docNumber && !meta.noticeTitle && !meta.recipients && meta.coverParagraphs.length === 0;
  const edit = () => useUi.getState().setPanel('meta');
  if (empty) {
    return (
      <div className="notice notice-empty" data-testid="notice-preview">
        <button className="link" onClick={edit}>
          ＋ 填写红头（发文机关标志、文号、标题、主送……）
        </button>
      </div>
    );
  }
  const date = formatChineseDate(meta.date);
  return (
    <div className="notice" data-testid="notice-preview" onDoubleClick={edit} title="双击在右侧“红头”中编辑">
      <div className="notice-top">
        {meta.copyNumber ? <div>{meta.copyNumber}</div> : null}
        {meta.secrecy ? <div className="hei">{meta.secrecy}</div> : null}
        {meta.urgency ? <div className="hei">{meta.urgency}</div> : null}
      </div>
      {mark ? (
        <div className="issuer-mark" data-testid="issuer-mark">
          {mark}
        </div>
      ) : null}
      <div className={`doc-number-line${meta.signer ? ' with-signer' : ''}`}>
        <span data-testid="doc-number">{meta.docNumber ?? ''}</span>
        {meta.signer ? (
          <span className="signer">
            签发人：<span className="kai">{meta.signer}</span>
          </span>
        ) : null}
      </div>
      <div className="red-rule" />
      {meta.noticeTitle ? <h1 className="notice-title">{meta.noticeTitle}</h1> : null}
      {meta.recipients ? (
        <div className="recipients">{/[:：]$/.test(meta.recipients) ? meta.recipients : `${meta.recipients}：`}</div>
      ) : null}
      {meta.coverParagraphs.map((p, i) => (
        <p key={i} className="cover">
          {p}
        </p>
      ))}
      {meta.attachments.length ? (
        <div className="attachments">
          {meta.attachments.length === 1 ? (
            <p className="cover">附件：{meta.attachments[0]}</p>
          ) : (
            meta.attachments.map((a, i) => (
              <p key={i} className="cover">
                {i === 0 ? '附件：' : <span className="indent-att" />}
                {i + 1}.{a}
              </p>
            ))
          )}
        </div>
      ) : null}
      {meta.signature || date ? (
        <div className="signature-block">
          {meta.signature ? <div>{meta.signature}</div> : null}
          {date ? <div>{date}</div> : null}
        </div>
      ) : null}
      {meta.note ? <p className="cover">{meta.note}</p> : null}
      <div className="notice-end" aria-hidden="true">
        以下为要点正文
      </div>
    </div>
  );
}
