export const MIN_JAVA: number;
export function javaBinary(env: NodeJS.ProcessEnv): string;
export function checkJava(env: NodeJS.ProcessEnv):
  | { ok: true; java: string; major: number }
  | { ok: false; message: string };
