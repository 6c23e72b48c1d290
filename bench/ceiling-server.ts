import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/**
 * The ceiling: a bare `node:http` server answering every request with the very bytes the
 * service answered, so a benchmark can say how close the service comes to what HTTP alone
 * allows on this machine. `node ceiling-server.js BODY_FILE PORT`.
 */
const [bodyFile, port] = process.argv.slice(2);
const body = readFileSync(bodyFile);
createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    response.end(body);
  });
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
