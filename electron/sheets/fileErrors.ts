// Plain-language reasons for file-system errors, for messages like `Could not read "x.csv": <reason>.`

export function fileErrorReason(error: unknown, mode: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return mode === 'read' ? 'it no longer exists (was it moved or deleted?)' : 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `EnrichDesk is not allowed to ${mode} ${mode === 'read' ? 'it' : 'there'}`;
    case 'EISDIR':
      return mode === 'read' ? 'it is a folder, not a file' : 'a folder of that name is in the way';
    case 'ENOSPC':
      return 'the disk is full';
    default: {
      const detail = code ?? (error instanceof Error ? error.message : String(error));
      return `the system reported "${detail}" (was the drive disconnected?)`;
    }
  }
}
