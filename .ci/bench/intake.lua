-- wrk script: POST /api/public/requests with a valid application whose name, identity number
-- and description differ on every request (thread id + counter), as distinct applicants would
-- send them. One identity number for every request made each submission count all earlier ones
-- of that number for the daily limit (ADR 0175): a cost no office sees (session 36).
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

-- A valid 居民身份证号码 for n: birth day and sequence from n, check digit by GB 11643.
local weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
local checks = "10X98765432"
local function resident_id(n)
  local k = math.floor(n / 1000)
  local day = k % 28 + 1
  k = math.floor(k / 28)
  local month = k % 12 + 1
  local year = 1950 + math.floor(k / 12) % 50
  local body = string.format("110105%04d%02d%02d%03d", year, month, day, n % 1000)
  local sum = 0
  for i = 1, 17 do
    sum = sum + (string.byte(body, i) - 48) * weights[i]
  end
  local at = sum % 11 + 1
  return body .. string.sub(checks, at, at)
end

request = function()
  counter = counter + 1
  local n = thread_id * 10000000 + counter
  local body = string.format(
    '{"applicantType":"NATURAL_PERSON","applicantName":"申请人%d","idType":"RESIDENT_ID",' ..
    '"idNumber":"%s","contactPhone":"13812345678",' ..
    '"contactEmail":"a%d@example.cn","description":"基准测试第%d号：2025年本局行政处罚案件统计表",' ..
    '"deliveryForm":"ELECTRONIC","deliveryMethod":"EMAIL"}', n, resident_id(n), n, n)
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
