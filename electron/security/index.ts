// Security rules of the desktop shell and the loopback host as pure functions, table-tested in tests/shell.
export * from './origins';
export * from './requests';
export * from './csp';
export * from './permissions';
export * from './paths';
export * from './host';
