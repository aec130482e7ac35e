/** The foot of either import form: the chosen file's name, and Import once the plan is good. */
export function ImportFooter({
  fileName,
  canImport,
  onImport,
}: {
  fileName: string | undefined;
  canImport: boolean;
  onImport: () => void;
}) {
  return (
    <footer className="transfer-footer">
      <span className="transfer-status">{fileName}</span>
      <button type="button" className="primary-button" disabled={!canImport} onClick={onImport}>
        Import
      </button>
    </footer>
  );
}
