// Stands in for `got` inside Electronegativity: the scan must not depend on the network (it would
// fetch translations and Electron's release list, and on Node 24 got's retry crashes the run).
// Both callers treat a failed request as "no connectivity" and carry on with local data.
function offline() {
  return Promise.reject(new Error('Electronegativity runs offline in Fieldbook'));
}
offline.head = offline;
offline.get = offline;
module.exports = offline;
module.exports.default = offline;
