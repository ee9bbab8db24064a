"""Benchmark-only middleware (benchmarks.settings puts it first): the CPU time of the
worker process and the number and time of the queries of each request, as response
headers. CPU time per page does not depend much on what else the machine runs, so it
compares before and after a fix even on a busy shared machine."""

import time

from django.db import connection


class Meetpunt:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cpu = time.process_time()
        queries = [0, 0.0]

        def tellen(execute, sql, params, many, context):
            begin = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                queries[0] += 1
                queries[1] += time.perf_counter() - begin

        with connection.execute_wrapper(tellen):
            response = self.get_response(request)
        response["X-Bench-CPU-ms"] = f"{(time.process_time() - cpu) * 1000:.1f}"
        response["X-Bench-Queries"] = str(queries[0])
        response["X-Bench-SQL-ms"] = f"{queries[1] * 1000:.1f}"
        return response
