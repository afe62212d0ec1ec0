// Preloaded with NODE_OPTIONS=--require <this file> by test/hostile/network.test.ts.
// Makes every way Node opens a connection or looks up a name throw, and records
// each attempt (one line per attempt, with a stack) in the file named by
// ANCILLARY_NETWORK_LOG. Loaded in worker threads too, as NODE_OPTIONS applies there.
"use strict";
const fs = require("node:fs");
const log = process.env.ANCILLARY_NETWORK_LOG;

function blocked(name) {
  return function () {
    const line = `${name} ${JSON.stringify(Array.from(arguments, (a) => (typeof a === "function" ? "[function]" : a)))}\n${new Error("network attempt").stack}\n`;
    if (log) fs.appendFileSync(log, line);
    const error = new Error(`network access is blocked in this test: ${name}`);
    error.code = "ENETUNREACH";
    throw error;
  };
}

const net = require("node:net");
net.Socket.prototype.connect = blocked("net.Socket.prototype.connect");
net.connect = blocked("net.connect");
net.createConnection = blocked("net.createConnection");

const dns = require("node:dns");
for (const name of ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "resolveCname", "resolveMx", "resolveNs", "resolveSrv", "resolveTxt", "reverse"]) {
  if (typeof dns[name] === "function") dns[name] = blocked(`dns.${name}`);
  if (dns.promises && typeof dns.promises[name] === "function") dns.promises[name] = blocked(`dns.promises.${name}`);
}

const tls = require("node:tls");
tls.connect = blocked("tls.connect");

for (const moduleName of ["node:http", "node:https", "node:http2"]) {
  const mod = require(moduleName);
  for (const name of ["request", "get", "connect"]) if (typeof mod[name] === "function") mod[name] = blocked(`${moduleName}.${name}`);
}

const dgram = require("node:dgram");
dgram.createSocket = blocked("dgram.createSocket");

if (typeof globalThis.fetch === "function") globalThis.fetch = blocked("fetch");
if (typeof globalThis.WebSocket === "function") globalThis.WebSocket = blocked("WebSocket");
