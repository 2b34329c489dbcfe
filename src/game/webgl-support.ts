/** Why this browser cannot run the game, or null when WebGL2 is available. */
export function webgl2Problem(): string | null {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2');
    if (context) {
      context.getExtension('WEBGL_lose_context')?.loseContext();
      return null;
    }
    return 'This browser could not create a WebGL2 context. Infinity needs WebGL2: update the browser, turn on hardware acceleration in its settings, or try another browser.';
  } catch (error) {
    return `WebGL2 failed to start: ${error instanceof Error ? error.message : String(error)}`;
  }
}
