import 'reflect-metadata';

// Queue consumers are registered in worker.module.ts.
console.log('worker');
