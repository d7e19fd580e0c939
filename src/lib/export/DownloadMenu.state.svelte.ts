import type { ExportableQuery } from './exportQuery';
import { exportFormats, type ExportFormat } from './formats';
import { shareText } from '../i18n/en/share';

/** One download at a time: which format is being prepared, and why the last one failed. */
export class DownloadState {
  busy = $state<ExportFormat | null>(null);
  error = $state<string | null>(null);

  constructor(
    private readonly query: () => ExportableQuery,
    private readonly baseName: () => string,
    private readonly save: (
      query: ExportableQuery,
      format: ExportFormat,
      baseName: string,
    ) => Promise<void>,
  ) {}

  async download(format: ExportFormat): Promise<void> {
    if (this.busy) return;
    this.busy = format;
    this.error = null;
    try {
      await this.save(this.query(), format, this.baseName());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.error = shareText().downloadFailed(exportFormats[format].label, reason);
    } finally {
      this.busy = null;
    }
  }
}
