// The mounted editor, for the few things outside it that move its selection (the find bar). One editor is
// mounted at a time (it is keyed by the open document).
import type { Editor } from 'slate';

export const activeEditor: { current: Editor | null } = { current: null };
