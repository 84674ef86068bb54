/** The symptom log store's error (storage/day-store-error.ts), apart from the store so the popup loads it first. */
import type { LogError } from '../domain/symptom-log';
import { DayStoreError, type DayStoreErrorCode } from './day-store-error';

export type LogStoreErrorCode = DayStoreErrorCode;

export class LogStoreError extends DayStoreError<LogError> {
  constructor(code: LogStoreErrorCode, detail?: string, options?: { cause?: unknown }) {
    super('symptom log store', code, detail, options);
    this.name = 'LogStoreError';
  }
}
