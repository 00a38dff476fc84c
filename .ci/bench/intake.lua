-- wrk script: POST /api/public/requests with a valid application whose name and description
-- differ on every request (thread id + counter), as distinct applicants would send them.
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
end

request = function()
  counter = counter + 1
  local n = thread_id * 10000000 + counter
  local body = string.format(
    '{"applicantType":"NATURAL_PERSON","applicantName":"申请人%d","idType":"RESIDENT_ID",' ..
    '"idNumber":"11010519491231002X","contactPhone":"13812345678",' ..
    '"contactEmail":"a%d@example.cn","description":"基准测试第%d号：2025年本局行政处罚案件统计表",' ..
    '"deliveryForm":"ELECTRONIC","deliveryMethod":"EMAIL"}', n, n, n)
  return wrk.format("POST", "/api/public/requests",
    {["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("intake: requests %d, errors %d (connect %d, read %d, write %d," ..
    " status %d, timeout %d)\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write +
      summary.errors.status + summary.errors.timeout,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout))
  io.write(string.format("intake: req/s %.1f, latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
