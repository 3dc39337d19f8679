import type { HandlersFor } from '@shared/ipc/contract';
import type { SessionService } from '../services/session/session.service';

export function createVaultHandlers(session: SessionService): HandlersFor<'vault'> {
  return {
    'vault:status': () => session.status(),
    'vault:create': ({ passphrase }) => session.create(passphrase),
    'vault:unlock': ({ passphrase, remember }) => session.unlock(passphrase, remember ?? false),
    'vault:unlockRemembered': () => session.unlockRemembered(),
    'vault:unlockWithRecoveryKey': ({ recoveryKey, newPassphrase }) =>
      session.unlockWithRecoveryKey(recoveryKey, newPassphrase),
    'vault:lock': () => session.lock('user'),
    'vault:activity': () => {
      session.touch();
      return Promise.resolve(null);
    },
    'vault:changePassphrase': ({ currentPassphrase, newPassphrase }) =>
      session.changePassphrase(currentPassphrase, newPassphrase),
    'vault:forgetDevice': () => session.forgetDevice(),
  };
}

export function createBackupHandlers(session: SessionService): HandlersFor<'backup'> {
  return {
    'backup:create': () => session.backup(),
    'backup:restore': (secret) => session.restore(secret),
  };
}
