-- Readers for wrk (bench/load.py): each request picks a path by weight from the file given as the
-- first script argument ("weight<TAB>path" lines). A share of requests (second argument, 0–1) come
-- from browsers that saw the page before and revalidate it with the ETag they were given.
-- One connection per thread (-t N -c N), so each response belongs to the thread's last request.
-- done() prints one JSON line: requests, p50/p95/p99 in ms, 200s, 304s, failures.

-- With PARLEY_WRK_PAUSE_MS, each connection waits that long after a response before its next
-- request: readers arriving at a set rate instead of as fast as the server answers.

local paths, cumulative, total = {}, {}, 0
local etags, last = {}, nil
local revalidate = 0
local threads = {}
ok, not_modified, failed, id, failures = 0, 0, 0, 0, ""

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   revalidate = tonumber(args[2] or "0")
   for line in io.lines(args[1]) do
      local weight, path = line:match("^(%S+)\t(.+)$")
      total = total + tonumber(weight)
      table.insert(paths, path)
      table.insert(cumulative, total)
   end
   math.randomseed(os.time() * 1000 + id)
end

local pause = tonumber(os.getenv("PARLEY_WRK_PAUSE_MS") or "0")
if pause > 0 then
   function delay()
      return pause
   end
end

function request()
   local pick = math.random() * total
   local lo, hi = 1, #cumulative
   while lo < hi do
      local mid = math.floor((lo + hi) / 2)
      if cumulative[mid] < pick then lo = mid + 1 else hi = mid end
   end
   last = paths[lo]
   local headers = { ["Accept-Encoding"] = "gzip" }
   local etag = etags[last]
   if etag and math.random() < revalidate then
      headers["If-None-Match"] = etag
   end
   return wrk.format("GET", last, headers)
end

function response(status, headers, body)
   if status == 200 then
      ok = ok + 1
      local etag = headers["ETag"] or headers["Etag"] or headers["etag"]
      if etag then etags[last] = etag end
   elseif status == 304 then
      not_modified = not_modified + 1
   else
      failed = failed + 1
      if failed <= 5 then failures = failures .. status .. " " .. last .. "; " end
   end
end

function done(summary, latency, requests)
   local counts = { ok = 0, not_modified = 0, failed = 0 }
   for _, thread in ipairs(threads) do
      for name, _ in pairs(counts) do
         counts[name] = counts[name] + thread:get(name)
      end
   end
   local examples = ""
   for _, thread in ipairs(threads) do
      examples = examples .. thread:get("failures")
   end
   local e = summary.errors
   io.write(string.format(
      '{"requests": %d, "seconds": %.3f, "p50_ms": %.1f, "p95_ms": %.1f, "p99_ms": %.1f, '
      .. '"ok": %d, "not_modified": %d, "failed_status": %d, "socket_errors": %d, "timeouts": %d, "bytes": %d, "failures": "%s"}\n',
      summary.requests, summary.duration / 1e6,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      counts.ok, counts.not_modified, counts.failed, e.connect + e.read + e.write, e.timeout, summary.bytes, examples:gsub('"', "'")))
end
