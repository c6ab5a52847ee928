// Mounted once by the shell: the runs' event feed and the estimate dialog, which a toolbar button,
// a toast or the Runs page may open wherever the user is.
import { EstimateDialog } from './EstimateDialog';
import { useRunEvents } from './useRunEvents';

export function RunsHost() {
  useRunEvents();
  return <EstimateDialog />;
}
