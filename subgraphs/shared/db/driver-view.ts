import type { DatabaseConnection, Driver } from 'kysely';

/**
 * One driver for several Kysely instances, each with its own log. They share its connections, and so its queue:
 * on PGlite that queue is what keeps one transaction's statements from running inside another's. Each instance is
 * handed connection objects of its own, since Kysely logs through the connection objects it is given: two
 * instances given the same ones would each log the other's statements too.
 */
export function driverView(driver: Driver): Driver {
  const seen = new WeakMap<DatabaseConnection, DatabaseConnection>();
  const underlying = new WeakMap<DatabaseConnection, DatabaseConnection>();
  const ownOf = (connection: DatabaseConnection) => {
    let own = seen.get(connection);
    if (!own) {
      own = {
        executeQuery: (query) => connection.executeQuery(query),
        streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
      };
      seen.set(connection, own);
      underlying.set(own, connection);
    }
    return own;
  };
  // Transaction statements go through the view's connection (`own`), so they are logged by the instance they belong to.
  return {
    init: () => driver.init(),
    acquireConnection: async () => ownOf(await driver.acquireConnection()),
    beginTransaction: (own, settings) => driver.beginTransaction(own, settings),
    commitTransaction: (own) => driver.commitTransaction(own),
    rollbackTransaction: (own) => driver.rollbackTransaction(own),
    savepoint: driver.savepoint && ((own, name, compile) => driver.savepoint!(own, name, compile)),
    rollbackToSavepoint: driver.rollbackToSavepoint && ((own, name, compile) => driver.rollbackToSavepoint!(own, name, compile)),
    releaseSavepoint: driver.releaseSavepoint && ((own, name, compile) => driver.releaseSavepoint!(own, name, compile)),
    releaseConnection: (own) => driver.releaseConnection(underlying.get(own)!),
    destroy: () => driver.destroy(),
  };
}
