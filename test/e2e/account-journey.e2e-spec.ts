import { readFileSync } from 'node:fs';
import request from 'supertest';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, RunningProcess, spawnApp, startPortal } from '../support/portal';
import { parsedMailTo, SmtpSink, startSmtpSink } from '../support/smtp-sink';

/**
 * The whole account journey through real mail: register -> the verification mail
 * arrives at an SMTP server -> follow its link -> sign in -> /me -> forgot password ->
 * the reset mail -> reset -> sign in with the new password. Afterwards the logs of every
 * process involved are searched for the secrets that went by.
 */
describe.each(PROFILES)('account journey through real mail (%s profile)', (profile) => {
  let sink: SmtpSink;
  let portal: RunningPortal;
  let worker: RunningProcess | undefined;
  const secrets: string[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await testEnvironment(profile, { SMTP_URL: sink.url, LOG_LEVEL: 'debug' });
    portal = await startPortal(env);
    if (profile === 'production') worker = spawnApp('worker', env);
  });
  afterAll(async () => {
    await worker?.stop();
    await portal?.stop();
    await sink?.close();
  });

  const mailTo = (email: string, subjectPattern: RegExp) =>
    parsedMailTo(sink, email, subjectPattern);

  const linkIn = (text: string | undefined, path: string) => {
    const match = new RegExp(`http://portal\\.test${path}\\?token=([\\w%-]+)`).exec(text ?? '');
    expect(match).not.toBeNull();
    return decodeURIComponent(match![1]);
  };

  it('registers, verifies by the mailed link, signs in, resets the password by mail', async () => {
    const email = `journey.${profile}.${Date.now()}@example.vn`;
    const password = `mật-khẩu-hành-trình-${Date.now()}`;
    secrets.push(password);

    await request(portal.url)
      .post('/api/v1/auth/register')
      .send({ email, password, fullName: 'Lê Thị <b>Hoa</b>', consent: true, locale: 'vi' })
      .expect(201);
    const verification = await mailTo(email, /xác (nhận|thực)/i);
    expect(verification.html || '').toContain('Lê Thị &lt;b&gt;Hoa&lt;/b&gt;');
    const verifyToken = linkIn(verification.text, '/verify-email');
    secrets.push(verifyToken);

    const unverified = await request(portal.url)
      .post('/api/v1/auth/login')
      .send({ email, password })
      .expect(200);
    expect(unverified.body.user.emailVerified).toBe(false);
    await request(portal.url)
      .post('/api/v1/auth/verify-email')
      .send({ token: verifyToken })
      .expect(200);
    const reuse = await request(portal.url)
      .post('/api/v1/auth/verify-email')
      .send({ token: verifyToken });
    expect(reuse.body.code).toBe('INVALID_TOKEN');

    const signedIn = await request(portal.url)
      .post('/api/v1/auth/login')
      .send({ email, password })
      .expect(200);
    secrets.push(signedIn.body.accessToken, signedIn.body.refreshToken);
    const me = await request(portal.url)
      .get('/api/v1/me')
      .set('authorization', `Bearer ${signedIn.body.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({ email, emailVerified: true, role: 'applicant' });
    const rotated = await request(portal.url)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: signedIn.body.refreshToken })
      .expect(200);
    secrets.push(rotated.body.accessToken, rotated.body.refreshToken);

    await request(portal.url).post('/api/v1/auth/password/forgot').send({ email }).expect(202);
    const resetMail = await mailTo(email, /mật khẩu/i);
    const resetToken = linkIn(resetMail.text, '/reset-password');
    secrets.push(resetToken);
    const newPassword = `mật-khẩu-mới-${Date.now()}`;
    secrets.push(newPassword);
    await request(portal.url)
      .post('/api/v1/auth/password/reset')
      .send({ token: resetToken, newPassword })
      .expect(204);
    await request(portal.url)
      .get('/api/v1/me')
      .set('authorization', `Bearer ${rotated.body.accessToken}`)
      .expect(401);
    await request(portal.url).post('/api/v1/auth/login').send({ email, password }).expect(401);
    await request(portal.url)
      .post('/api/v1/auth/login')
      .send({ email, password: newPassword })
      .expect(200);

    // The welcome and password-changed mails follow; each mail went out exactly once.
    await mailTo(email, /chào mừng|welcome/i);
    await mailTo(email, /đã (được )?(thay )?đổi|changed/i);
    const ids = sink.messages.filter((m) => m.to.includes(email)).map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes none of the passwords, tokens, bearer values or cookies to the logs', async () => {
    await worker?.stop();
    await portal.stop();
    const logs = [portal.logFile, worker?.logFile]
      .filter((f): f is string => !!f)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(logs.length).toBeGreaterThan(1000);
    expect(logs).toContain('/api/v1/auth/login');
    for (const secret of secrets)
      expect({ secret, found: logs.includes(secret) }).toEqual({ secret, found: false });
    expect(logs).not.toMatch(/Bearer [\w-]/);
    expect(logs).not.toMatch(/scp_session=[\w-]/);
    expect(logs).not.toMatch(/token=[\w-]{20,}/);
  });
});
