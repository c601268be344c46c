// pouchdb-browser ships no types; src/platform/team/pouch.ts declares the part Segue uses.
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
