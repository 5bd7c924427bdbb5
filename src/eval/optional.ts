// Stages built by others that may not exist yet in a checkout: the harness runs without them and says so.
export type Optional<T> = { module: T; problem: null } | { module: null; problem: string };

export async function importOptional<T>(url: URL): Promise<Optional<T>> {
  try {
    return { module: (await import(url.href)) as T, problem: null };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes(url.pathname.split('/').pop()!)) {
      return { module: null, problem: `not built yet: ${url.pathname}` };
    }
    return { module: null, problem: `${url.pathname} failed to load: ${err.message}` };
  }
}
