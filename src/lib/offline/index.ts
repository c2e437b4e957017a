export { REGISTER_DELAY_MS, registerServiceWorkerLater } from './register.ts';
