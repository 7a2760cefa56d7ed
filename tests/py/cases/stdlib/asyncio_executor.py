# asyncio's default executor (concurrent.futures.ThreadPoolExecutor, a lazy
# name of the concurrent.futures package) behind run_in_executor and to_thread.
import asyncio


def blocking(x):
    return sum(range(x))


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 1000))
    print(await asyncio.to_thread(blocking, 10))
    print(await asyncio.gather(*(asyncio.to_thread(blocking, n) for n in range(6))))


asyncio.run(main())
