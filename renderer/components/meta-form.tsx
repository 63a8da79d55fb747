// The 红头 form: every field of the notice. 文号 is entered as 机关代字 / 年份 / 序号 and the 〔〕 and 号
// are put in for the user, as GB/T 9704 prints them. A value the store would refuse stays out of the document
// (the last valid one is kept) with its problem shown beside the field.
import { useId, type ClipboardEvent, type ReactNode } from 'react';
import type { NoticeMeta } from '../../shared/model/types';
import { useDocument } from '../store/document-store';
import { useFieldErrors } from '../store/field-errors';
import { joinDocNumber, pastedDocNumber, splitDocNumber, type DocNumberParts } from '../forms/doc-number';
import { metaFieldProblem } from '../forms/meta-field-check';

const NOTES = ['（此件公开发布）', '（此件依申请公开）', '（此件不予公开）'];

/** The problem with what was typed into one field, beside it. */
function FieldError({ field }: { field: keyof NoticeMeta }) {
  const message = useFieldErrors((s) => s.errors[field]);
  if (!message) return null;
  return (
    <small className="error-text field-error" role="alert" data-testid={`field-error-${field}`}>
      {message}
    </small>
  );
}

function Field({
  label,
  children,
  hint,
  field,
}: {
  label: string;
  children: (id: string) => ReactNode;
  hint?: string;
  field?: keyof NoticeMeta;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint ? <small className="muted">{hint}</small> : null}
      {field ? <FieldError field={field} /> : null}
    </div>
  );
}

export function MetaForm() {
  const meta = useDocument((s) => s.doc?.meta);
  const update = useDocument((s) => s.updateMeta);
  if (!meta) return <p className="muted">打开一份文档后在这里填写红头。</p>;
  const set = <K extends keyof NoticeMeta>(key: K, value: NoticeMeta[K]) => {
    const problem = metaFieldProblem(key, value);
    useFieldErrors.getState().set(key, problem);
    if (!problem) update({ [key]: value } as Partial<NoticeMeta>, key);
  };
  const text = (key: keyof NoticeMeta) => (v: string) => set(key, (v === '' ? null : v) as never);
  const lines = (v: string) =>
    v
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
  const parts = splitDocNumber(meta.docNumber);
  const setPart = (k: keyof DocNumberParts, v: string) => set('docNumber', joinDocNumber({ ...parts, [k]: v }));
  // a whole 文号 pasted into any of its boxes fills all three
  const pasteDocNumber = (e: ClipboardEvent<HTMLInputElement>) => {
    const whole = pastedDocNumber(e.clipboardData.getData('text/plain'));
    if (!whole) return;
    e.preventDefault();
    set('docNumber', joinDocNumber(whole));
  };
  const noteChoice = meta.note === null ? '' : NOTES.includes(meta.note) ? meta.note : 'custom';

  return (
    <form className="meta-form" data-testid="meta-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>版头</legend>
        <Field label="发文机关" field="issuer">
          {(id) => (
            <input
              id={id}
              name="issuer"
              value={meta.issuer ?? ''}
              onChange={(e) => text('issuer')(e.target.value)}
              placeholder="如：江苏省民政厅"
            />
          )}
        </Field>
        <Field label="发文机关标志" field="issuerMark" hint="留空时按“发文机关 + 文件”印制">
          {(id) => (
            <input
              id={id}
              name="issuerMark"
              value={meta.issuerMark ?? ''}
              onChange={(e) => text('issuerMark')(e.target.value)}
              placeholder={meta.issuer ? `${meta.issuer}文件` : '如：江苏省民政厅文件'}
            />
          )}
        </Field>
        <div className="field">
          <span className="label">发文字号</span>
          <div className="doc-number-fields">
            <input
              aria-label="机关代字"
              name="docOrg"
              onPaste={pasteDocNumber}
              value={parts.org}
              onChange={(e) => setPart('org', e.target.value)}
              placeholder="苏民发"
            />
            <span className="bracket">〔</span>
            <input
              aria-label="年份"
              name="docYear"
              onPaste={pasteDocNumber}
              inputMode="numeric"
              maxLength={4}
              value={parts.year}
              onChange={(e) => setPart('year', e.target.value)}
              placeholder="2025"
            />
            <span className="bracket">〕</span>
            <input
              aria-label="序号"
              name="docSeq"
              onPaste={pasteDocNumber}
              inputMode="numeric"
              maxLength={5}
              value={parts.seq}
              onChange={(e) => setPart('seq', e.target.value)}
              placeholder="1"
            />
            <span className="bracket">号</span>
          </div>
          <small className="muted" data-testid="doc-number-preview">
            {meta.docNumber ?? '（未填写）'}
          </small>
          <FieldError field="docNumber" />
        </div>
        <div className="row2">
          <Field label="份号" field="copyNumber">
            {(id) => (
              <input
                id={id}
                name="copyNumber"
                value={meta.copyNumber ?? ''}
                onChange={(e) => text('copyNumber')(e.target.value)}
                placeholder="000001"
              />
            )}
          </Field>
          <Field label="签发人" field="signer">
            {(id) => (
              <input
                id={id}
                name="signer"
                value={meta.signer ?? ''}
                onChange={(e) => text('signer')(e.target.value)}
                placeholder="上行文填写"
              />
            )}
          </Field>
        </div>
        <div className="row2">
          <Field label="密级和保密期限" field="secrecy">
            {(id) => (
              <>
                <input
                  id={id}
                  name="secrecy"
                  list="secrecy-options"
                  value={meta.secrecy ?? ''}
                  onChange={(e) => text('secrecy')(e.target.value)}
                  placeholder="无"
                />
                <datalist id="secrecy-options">
                  <option value="秘密" />
                  <option value="机密" />
                  <option value="绝密" />
                  <option value="秘密★1年" />
                  <option value="机密★5年" />
                </datalist>
              </>
            )}
          </Field>
          <Field label="紧急程度" field="urgency">
            {(id) => (
              <select
                id={id}
                name="urgency"
                value={meta.urgency ?? ''}
                onChange={(e) => text('urgency')(e.target.value)}
              >
                <option value="">无</option>
                <option value="加急">加急</option>
                <option value="特急">特急</option>
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>主体</legend>
        <Field label="标题" field="noticeTitle">
          {(id) => (
            <textarea
              id={id}
              name="noticeTitle"
              rows={2}
              value={meta.noticeTitle ?? ''}
              onChange={(e) => text('noticeTitle')(e.target.value.replace(/\n/g, ''))}
              placeholder="关于印发2025年全市民政工作要点的通知"
            />
          )}
        </Field>
        <Field label="主送机关" field="recipients" hint="末尾的全角冒号会自动加上">
          {(id) => (
            <textarea
              id={id}
              name="recipients"
              rows={2}
              value={meta.recipients ?? ''}
              onChange={(e) => text('recipients')(e.target.value.replace(/\n/g, ''))}
              placeholder="如：各县（市、区）民政局，局机关各科室"
            />
          )}
        </Field>
        <Field label="通知正文" field="coverParagraphs" hint="每行一段">
          {(id) => (
            <textarea
              id={id}
              name="coverParagraphs"
              rows={4}
              defaultValue={meta.coverParagraphs.join('\n')}
              key={meta.coverParagraphs.join('\n')}
              onBlur={(e) => set('coverParagraphs', lines(e.target.value))}
              placeholder="如：现将《2025年全市民政工作要点》印发给你们，请结合实际认真贯彻落实。"
            />
          )}
        </Field>
        <Field label="附件" field="attachments" hint="每行一个附件名称，不加序号和标点">
          {(id) => (
            <textarea
              id={id}
              name="attachments"
              rows={2}
              defaultValue={meta.attachments.join('\n')}
              key={meta.attachments.join('\n')}
              onBlur={(e) => set('attachments', lines(e.target.value))}
            />
          )}
        </Field>
        <Field label="署名" field="signature">
          {(id) => (
            <input
              id={id}
              name="signature"
              value={meta.signature ?? ''}
              onChange={(e) => text('signature')(e.target.value)}
              placeholder={meta.issuer ?? '发文机关署名'}
            />
          )}
        </Field>
        <Field label="成文日期" field="date">
          {(id) => (
            <input
              id={id}
              name="date"
              type="date"
              value={meta.date ?? ''}
              onChange={(e) => text('date')(e.target.value)}
            />
          )}
        </Field>
        <Field label="附注" field="note">
          {(id) => (
            <>
              <select
                id={id}
                name="noteChoice"
                value={noteChoice}
                onChange={(e) =>
                  set('note', e.target.value === '' ? null : e.target.value === 'custom' ? '（）' : e.target.value)
                }
              >
                <option value="">无</option>
                {NOTES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
                <option value="custom">其他…</option>
              </select>
              {noteChoice === 'custom' ? (
                <input
                  aria-label="附注内容"
                  name="note"
                  value={meta.note ?? ''}
                  onChange={(e) => text('note')(e.target.value)}
                />
              ) : null}
            </>
          )}
        </Field>
      </fieldset>
      <fieldset>
        <legend>版记</legend>
        <Field label="抄送机关" field="cc">
          {(id) => (
            <textarea
              id={id}
              name="cc"
              rows={2}
              value={meta.cc ?? ''}
              onChange={(e) => text('cc')(e.target.value.replace(/\n/g, ''))}
              placeholder="如：民政部，省委办公厅"
            />
          )}
        </Field>
        <div className="row2">
          <Field label="印发机关" field="printedBy">
            {(id) => (
              <input
                id={id}
                name="printedBy"
                value={meta.printedBy ?? ''}
                onChange={(e) => text('printedBy')(e.target.value)}
                placeholder="××省民政厅办公室"
              />
            )}
          </Field>
          <Field label="印发日期" field="printedDate">
            {(id) => (
              <input
                id={id}
                name="printedDate"
                type="date"
                value={meta.printedDate ?? ''}
                onChange={(e) => text('printedDate')(e.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>要点</legend>
        <Field label="要点标题" field="title">
          {(id) => (
            <input
              id={id}
              name="title"
              value={meta.title ?? ''}
              onChange={(e) => text('title')(e.target.value)}
              placeholder="2025年全市民政工作要点"
            />
          )}
        </Field>
      </fieldset>
    </form>
  );
}
