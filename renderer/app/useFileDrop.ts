import { useEffect, useRef } from 'react';

/**
 * Files dropped anywhere on the window are handed to `onFile` (text dragged within the editor
 * stays Lexical's business: only drags that carry files are taken).
 */
export function useFileDrop(onFile: (file: File) => void): void {
  const cb = useRef(onFile);
  cb.current = onFile;
  useEffect(() => {
    const hasFiles = (e: DragEvent): boolean => Boolean(e.dataTransfer?.types.includes('Files'));
    const onDragOver = (e: DragEvent): void => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent): void => {
      const file = e.dataTransfer?.files[0];
      if (!hasFiles(e) || !file) return;
      e.preventDefault();
      e.stopPropagation();
      cb.current(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop, true);
    };
  }, []);
}
