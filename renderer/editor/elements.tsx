// How each block looks: the document as it will print, with numbers drawn from the model, never typed.
// A run-in heading and its body are one block: the heading text in the level's typeface, the drawn 。, then
// the body in 仿宋.
import { memo } from 'react';
import type { RenderElementProps, RenderLeafProps, RenderTextProps } from 'slate-react';
import { runInHeadingText } from '../../shared/model/render-text';
import { useReviewMark } from '../store/review-marks';
import { useSectionLabel } from '../store/section-labels';

const HeadingNumber = memo(function HeadingNumber({ sectionId }: { sectionId: string }) {
  const label = useSectionLabel(sectionId);
  if (!label) return null;
  return (
    <span className="yd-num" contentEditable={false} data-testid="number">
      {label}
    </span>
  );
});

/** 请核对: a new-year draft asks the user to decide something in this section; the reason is its tooltip. */
const ReviewMark = memo(function ReviewMark({ sectionId }: { sectionId: string }) {
  const reasons = useReviewMark(sectionId);
  if (!reasons) return null;
  return (
    <span className="yd-review" contentEditable={false} title={reasons} data-testid="review-mark">
      请核对
    </span>
  );
});

/** The 。 that ends a run-in heading is drawn, like the numbers (a heading ending in ？ or ！ needs none). */
function RunInStop({ heading }: { heading: string }) {
  if (runInHeadingText(heading) === heading) return null;
  return (
    <span className="yd-runin-stop" contentEditable={false}>
      。
    </span>
  );
}

/** A find hit (a decoration): marked, the current one more strongly. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  if (!leaf.hit) return <span {...attributes}>{children}</span>;
  return (
    <span
      {...attributes}
      className={leaf.current ? 'yd-hit yd-hit-current' : 'yd-hit'}
      data-testid={leaf.current ? 'find-current' : 'find-hit'}
    >
      {children}
    </span>
  );
}

/** The texts of a block: a run-in heading's own text carries its 。, the body part is set in 仿宋. */
export function renderText({ attributes, children, text }: RenderTextProps) {
  if (text.part === 'head') {
    return (
      <span {...attributes} className="yd-part-head">
        {children}
        <RunInStop heading={text.text} />
      </span>
    );
  }
  return (
    <span {...attributes} className={text.part === 'body' ? 'yd-part-body' : undefined}>
      {children}
    </span>
  );
}

const LEVEL_NAMES = ['', '一级', '二级', '三级', '四级'];

export function renderElement({ attributes, children, element }: RenderElementProps) {
  const empty = element.children[0].text === '';
  switch (element.type) {
    case 'title':
      return (
        <div
          {...attributes}
          className={`yd-block yd-title${empty ? ' yd-empty' : ''}`}
          data-placeholder="输入要点标题，如：2025年全市民政工作要点"
        >
          {children}
        </div>
      );
    case 'preamble':
      return (
        <div
          {...attributes}
          className={`yd-block yd-para yd-preamble${empty ? ' yd-empty' : ''}`}
          data-placeholder="导语（可空）；在空行上按回车开始第一个标题"
        >
          {children}
        </div>
      );
    case 'heading': {
      const heading = element.children[0]?.text ?? '';
      return (
        <div
          {...attributes}
          className={`yd-block yd-h yd-h${element.level}${element.runIn ? ' yd-run-in' : ''}${element.joined ? ' yd-joined' : ''}${heading ? '' : ' yd-empty'}`}
          data-section-id={element.sectionId}
          data-level={element.level}
          data-level-name={LEVEL_NAMES[element.level]}
          data-placeholder={element.joined ? '' : '输入标题'}
        >
          <HeadingNumber sectionId={element.sectionId} />
          {children}
          <ReviewMark sectionId={element.sectionId} />
          {element.runIn && !element.joined ? <RunInStop heading={heading} /> : null}
        </div>
      );
    }
    case 'paragraph':
      return (
        <div
          {...attributes}
          className={`yd-block yd-para${empty ? ' yd-empty' : ''}`}
          data-body-of={element.sectionId}
          data-placeholder="正文"
        >
          {children}
        </div>
      );
  }
}
