import { z } from 'zod';

// zod compiles fast validators with `new Function`, which the app's Content-Security-Policy
// forbids (no 'unsafe-eval'); the browser then reports a violation. Validate without it.
z.config({ jitless: true });

export { z };
