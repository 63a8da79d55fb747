// Browser mode: what the host had to tell the user when it opened the data file (a damaged file recovered from a
// backup, an upgrade, edits a damaged log dropped). The desktop app shows these in a dialog of the main process;
// here the page shows them once, as soon as it has loaded.
import { useEffect } from 'react';
import { hostInfo } from '../api';
import { useUi } from '../store/ui-store';

export function useHostNotices(): void {
  useEffect(() => {
    void hostInfo().then((info) => {
      if (!info.notices?.length) return;
      void useUi.getState().confirm({
        title: '打开数据文件时的提示',
        message: info.notices.join('\n\n'),
        confirmLabel: '知道了',
        cancelLabel: '关闭',
      });
    });
  }, []);
}
