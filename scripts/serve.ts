/** `npm start` ends here: serve the built site from out/ and print its address. */
import { startStaticServer } from './lib/static-server';

const port = Number(process.env.PORT ?? 3000);
const basePath = process.env.BASE_PATH ?? '';
const { url } = await startStaticServer('out', port, basePath);
console.log(`法规知识库已启动：${url}`);
console.log('按 Ctrl+C 停止。');
