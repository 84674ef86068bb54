/** The user's symptom list (synced). */
import { EMPTY_SYMPTOM_SETTINGS, validateSymptomSettings } from '../../domain/symptom-settings';
import { symptomSettingsCodec } from '../../domain/synced-fields';
import { SYNCED_ITEMS } from '../keys';
import { browserSyncEnv, defineSyncedItem, type SyncEnv } from '../synced-item';

/** The user's symptom list: their own symptoms, renames, hidden ones and their order, on `env` (tests give their own). */
export const symptomSettingsItemOn = (env: SyncEnv = browserSyncEnv) =>
  defineSyncedItem('symptoms', {
    fallback: EMPTY_SYMPTOM_SETTINGS,
    version: SYNCED_ITEMS.symptoms.version,
    validate: validateSymptomSettings,
    // Synced (storage/synced-item.ts); kept in storage.local `symptoms` before, moved once.
    codec: symptomSettingsCodec,
    shards: SYNCED_ITEMS.symptoms.shards,
    legacyLocalKey: 'symptoms',
    env,
  });

export const symptomSettingsItem = symptomSettingsItemOn();
