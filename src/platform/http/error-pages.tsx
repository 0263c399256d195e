import type { FastifyReply } from 'fastify';
import { A, H1, P } from '../views/components.tsx';

export type ErrorStatus = 400 | 403 | 404 | 429 | 500;

/** An accessible error page in the layout, with the status code it names. */
export function errorPage(reply: FastifyReply, status: ErrorStatus) {
  const t = reply.request.t;
  return reply.page(
    t(`error.title.${status}`),
    () => (
      <>
        <H1>{t(`error.title.${status}`)}</H1>
        <P>{t(`error.body.${status}`)}</P>
        <P>
          <A href="/">{t('error.home')}</A>
        </P>
      </>
    ),
    { status },
  );
}
