export * from './contract';
export * from './client';
export * from './httpTransport';
export * from './bridge';
