// How each block looks: the document as it will print, with numbers drawn from the model, never typed.
import { memo } from 'react';
import type { RenderElementProps } from 'slate-react';
import { runInHeadingText } from '../../shared/model/render-text';
import { useDocument } from '../store/document-store';
import type { HeadingBlock } from './types';

const HeadingNumber = memo(function HeadingNumber({ sectionId }: { sectionId: string }) {
  const label = useDocument((s) => s.numbers.get(sectionId)?.label ?? '');
  if (!label) return null;
  return (
    <span className="yd-num" contentEditable={false} data-testid="number">
      {label}
    </span>
  );
});

function RunInStop({ element }: { element: HeadingBlock }) {
  const text = element.children[0]?.text ?? '';
  if (runInHeadingText(text) === text) return null;
  return <span className="yd-runin-stop" contentEditable={false}>。</span>;
}

export function renderElement({ attributes, children, element }: RenderElementProps) {
  switch (element.type) {
    case 'title':
      return (
        <div {...attributes} className={`yd-title${element.children[0].text ? '' : ' yd-empty'}`} data-placeholder="输入要点标题,如:2025年全市民政工作要点">
          {children}
        </div>
      );
    case 'preamble':
      return (
        <div {...attributes} className={`yd-para yd-preamble${element.children[0].text ? '' : ' yd-empty'}`} data-placeholder="导语(可空);在空行上按回车开始第一个标题">
          {children}
        </div>
      );
    case 'heading':
      return (
        <div
          {...attributes}
          className={`yd-h yd-h${element.level}${element.runIn ? ' yd-run-in' : ''}${element.children[0].text ? '' : ' yd-empty'}`}
          data-section-id={element.sectionId}
          data-level={element.level}
          data-placeholder="输入标题"
          style={{ ['--depth' as string]: element.depth }}
        >
          <HeadingNumber sectionId={element.sectionId} />
          {children}
          {element.runIn ? <RunInStop element={element} /> : null}
        </div>
      );
    case 'paragraph':
      return (
        <div
          {...attributes}
          className={`yd-para${element.runInBody ? ' yd-run-in-body' : ''}${element.children[0].text ? '' : ' yd-empty'}`}
          data-body-of={element.sectionId}
          data-placeholder={element.runInBody ? '' : '正文'}
        >
          {children}
        </div>
      );
  }
}
