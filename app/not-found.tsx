/** 404: the address does not match any page of the collection. */
import Link from 'next/link';
import { MovedComparePage } from './_components/compare/moved-compare-page.client';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <MovedComparePage />
      <h1 className="font-serif text-2xl font-bold">未找到该页面</h1>
      <p className="mt-3 leading-7 text-muted">您访问的地址不存在，可能是链接有误，或该文件尚未收录。</p>
      <p className="mt-6 space-x-4">
        <Link href="/">返回首页</Link>
        <Link href="/search/" prefetch={false}>
          检索法规
        </Link>
      </p>
    </div>
  );
}
