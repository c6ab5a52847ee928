// Dropping a CSV anywhere in the window imports it. The overlay appears only while files are dragged.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { pathForDroppedFile } from '../api';
import { UploadIcon } from '../components/icons';
import { t } from '../i18n';
import { useImportStore } from '../stores/importStore';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

function importDropped(files: FileList) {
  if (files.length !== 1) {
    toast.error(t('import.dropOneFile'));
    return;
  }
  const path = pathForDroppedFile(files[0]);
  if (!path) {
    toast.error(t('import.dropNoPath'));
    return;
  }
  void useImportStore.getState().start(path);
}

/** True while files are being dragged over the window. dragenter/leave fire for every child, hence the depth. */
function useFileDrag(onDrop: (files: FileList) => void): boolean {
  const [depth, setDepth] = useState(0);
  useEffect(() => {
    const enter = (e: DragEvent) => carriesFiles(e) && setDepth((d) => d + 1);
    const leave = (e: DragEvent) => carriesFiles(e) && setDepth((d) => Math.max(0, d - 1));
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser refuses the drop (and Electron would navigate to the file).
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setDepth(0);
      if (e.dataTransfer) onDrop(e.dataTransfer.files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop]);
  return depth > 0;
}

export function DropZone() {
  const { t } = useTranslation();
  const dragging = useFileDrag(importDropped);
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__card">
        <UploadIcon size={28} />
        <span>{t('import.dropOverlay')}</span>
      </div>
    </div>
  );
}
