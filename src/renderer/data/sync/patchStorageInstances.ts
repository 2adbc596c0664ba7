import type { RxStorage, RxStorageInstance, RxStorageInstanceCreationParams } from 'rxdb';

/**
 * A storage whose every instance `patch` adjusts once created. RxDB's instances are class objects
 * (their methods live on the prototype), so a patch replaces methods on the instance in place.
 */
export function patchStorageInstances<Internals, InstanceCreationOptions>(
  storage: RxStorage<Internals, InstanceCreationOptions>,
  patch: <RxDocType>(
    instance: RxStorageInstance<RxDocType, Internals, InstanceCreationOptions>,
    params: RxStorageInstanceCreationParams<RxDocType, InstanceCreationOptions>,
  ) => void,
): RxStorage<Internals, InstanceCreationOptions> {
  return {
    ...storage,
    async createStorageInstance<RxDocType>(
      params: RxStorageInstanceCreationParams<RxDocType, InstanceCreationOptions>,
    ) {
      const instance = await storage.createStorageInstance(params);
      patch(instance, params);
      return instance;
    },
  };
}
