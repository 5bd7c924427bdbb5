// An error the API answers with its own status and a message naming the bad parameter, if any.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly parameter: string | null = null,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) => new HttpError(404, 'not_found', `no ${what} '${id}'`);
