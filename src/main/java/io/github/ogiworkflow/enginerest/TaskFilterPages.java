package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogiworkflow.enginerest.EngineApiGuard.BodyRequest;
import io.github.ogiworkflow.enginerest.EngineApiGuard.Caller;
import io.github.ogiworkflow.enginerest.TaskListIndexes.Order;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.security.TasklistFilterSeeder;
import io.github.ogiworkflow.security.TasklistFilterSeeder.SeededFilter;
import io.github.ogiworkflow.security.TasklistFilterSeeder.Selection;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pages of the seeded Tasklist filters (我的待办, 本组待办, 即将到期, 已超期) in tens of
 * milliseconds however many tasks are open (issue 18, ADR 0017). For a page as Tasklist asks
 * for it (no search criteria, sorting by a key {@link TaskPageCandidates} can walk), the body is
 * extended with {@code taskIdIn}: the few tasks that can be on the page. The filter itself, the
 * authorization checks, the ordering, the paging and the HAL answer are the engine's, on those
 * ids instead of every open task. Anything else (a search, a staff member's own filter, a deep
 * page) passes through unchanged.
 */
final class TaskFilterPages extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TaskFilterPages.class);
  private static final Pattern FILTER_LIST = Pattern.compile(
      "^/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/filter/([^/]+)/list/?$");
  /** Body members Tasklist always sends; they must be empty (no search) or only page. */
  private static final Set<String> EMPTY_WHEN_NOT_SEARCHING =
      Set.of("processVariables", "taskVariables", "caseInstanceVariables");
  private static final Set<String> PAGING = Set.of("firstResult", "maxResults");
  private static final String HAL = "application/hal+json";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** No task has this id: engine ids are UUIDs or numbers. */
  static final String NO_TASK = "-";

  private final FilterService filters;
  private final IdentityService identity;
  private final TaskPageCandidates candidates;
  private final Function<HttpServletRequest, Caller> callers;
  private final Map<String, Optional<SeededFilter>> seeded = new ConcurrentHashMap<>();
  /** Pages answered through the shortcut since start (TaskFilterPagesIT checks it was used). */
  private static final AtomicLong NARROWED = new AtomicLong();
  /**
   * Counts totals beside the engine's page (5-10 ms on H2 at 10,000 open tasks, see
   * TaskPageCandidates#count), so the caller waits for the longer of count and page, not for
   * both (the same CPU). A full queue counts in the request's thread.
   */
  private final ExecutorService counting = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(32), runnable -> {
        Thread thread = new Thread(runnable, "tasklist-total");
        thread.setDaemon(true);
        return thread;
      }, (task, executor) -> task.run()); // also after shutdown: the page still gets its total

  TaskFilterPages(FilterService filters, IdentityService identity, TaskPageCandidates candidates,
      Function<HttpServletRequest, Caller> callers) {
    this.filters = filters;
    this.identity = identity;
    this.candidates = candidates;
    this.callers = callers;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Matcher list = FILTER_LIST.matcher(
        request.getRequestURI().substring(request.getContextPath().length()));
    if (!list.matches() || !"POST".equalsIgnoreCase(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    BodyRequest body = request instanceof BodyRequest read ? read : new BodyRequest(request);
    Optional<Future<Long>> total;
    try {
      total = narrow(list.group(1), body, callers.apply(request), accepts(request, HAL));
    } catch (RuntimeException e) {
      // The engine answers the unchanged request as it always did.
      LOG.debug("Tasklist page shortcut not applied: {}", e.toString());
      total = Optional.empty();
    }
    if (total.isEmpty()) {
      chain.doFilter(body, response); // unchanged, or a plain JSON list (it has no count)
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(body, answer);
    withTotal(answer, valueOf(total.get()));
    answer.copyBodyToResponse();
  }

  @Override
  public void destroy() {
    counting.shutdownNow();
  }

  /**
   * The filter's total, known from the walk or counted while the engine answers the page (see
   * {@link #counting}). A count that failed fails this request, as it would have in its thread.
   */
  private static long valueOf(Future<Long> total) throws IOException {
    try {
      return total.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while counting the filter's tasks", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IOException("counting the filter's tasks failed", e.getCause());
    }
  }

  /**
   * The engine's HAL list counts what it was asked for: here the page's candidates. Tasklist
   * pages on with that count, so it is replaced with the filter's total.
   */
  private static void withTotal(ContentCachingResponseWrapper answer, long total)
      throws IOException {
    if (answer.getStatus() != HttpServletResponse.SC_OK) {
      return;
    }
    JsonNode hal = JSON.readTree(answer.getContentAsByteArray());
    if (hal instanceof ObjectNode object && object.has("count")) {
      object.put("count", total);
      answer.resetBuffer();
      answer.getOutputStream().write(JSON.writeValueAsBytes(object));
    }
  }

  private static boolean accepts(HttpServletRequest request, String type) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains(type);
  }

  /**
   * Narrows the request to the page's candidates; answers the filter's total if it did and the
   * caller reads HAL (whose answer carries the count).
   */
  private Optional<Future<Long>> narrow(String filterId, BodyRequest body, Caller caller,
      boolean wantsTotal) {
    Optional<SeededFilter> filter = seeded(filterId);
    Integer firstResult = intParameter(body, "firstResult");
    Integer maxResults = intParameter(body, "maxResults");
    if (filter.isEmpty() || caller == null || firstResult == null || maxResults == null
        || maxResults <= 0 || firstResult < 0
        || (filter.get().selection() != Selection.ASSIGNED_TO_ME
            && !caller.groups().contains(filter.get().groupId()))) {
      return Optional.empty();
    }
    JsonNode json = body.json();
    if (!(json instanceof ObjectNode query) || !onlySorting(query)) {
      return Optional.empty();
    }
    Optional<List<Order>> order = order(query.path("sorting"));
    if (order.isEmpty()) {
      return Optional.empty();
    }
    boolean activeOnly = query.path("active").asBoolean(false);
    Optional<Set<String>> ids = candidates.find(filter.get(), caller.userId(), activeOnly,
        order.get(), firstResult, maxResults);
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    ArrayNode taskIdIn = query.putArray("taskIdIn");
    ids.get().forEach(taskIdIn::add);
    if (ids.get().isEmpty()) {
      // The engine ignores an empty taskIdIn and would read every task to find none.
      taskIdIn.add(NO_TASK);
    }
    body.replace(query);
    NARROWED.incrementAndGet();
    if (!wantsTotal) {
      return Optional.empty();
    }
    // The walk read every task of the filter when it ended before the page did.
    if (ids.get().size() < firstResult + maxResults) {
      return Optional.of(CompletableFuture.completedFuture((long) ids.get().size()));
    }
    SeededFilter counted = filter.get();
    return Optional.of(counting.submit(
        () -> candidates.count(counted, caller.userId(), activeOnly)));
  }

  static long narrowed() {
    return NARROWED.get();
  }

  /**
   * The order the engine applies: the filter's own first, then Tasklist's sorting (the engine
   * appends an extending query's order to the filter's); a column sorted twice counts once.
   */
  private static Optional<List<Order>> order(JsonNode sorting) {
    List<Order> order = new ArrayList<>();
    order.add(new Order(TaskPageCandidates.COLUMNS.get(TasklistFilterSeeder.STORED_SORT_BY),
        true));
    for (JsonNode sort : sorting) {
      String column = TaskPageCandidates.COLUMNS.get(sort.path("sortBy").asText());
      String direction = sort.path("sortOrder").asText("asc");
      if (column == null || sort.size() > 2 || !Set.of("asc", "desc").contains(direction)) {
        return Optional.empty(); // variables, case-insensitive names...: the engine's way
      }
      if (order.stream().noneMatch(o -> o.column().equals(column))) {
        order.add(new Order(column, direction.equals("asc")));
      }
    }
    return Optional.of(order);
  }

  /**
   * Tasklist's body when no search is entered: empty criteria lists, paging, sorting and
   * possibly {@code active}.
   */
  private static boolean onlySorting(ObjectNode query) {
    for (Iterator<Map.Entry<String, JsonNode>> it = query.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String name = member.getKey();
      JsonNode value = member.getValue();
      boolean harmless = PAGING.contains(name)
          || (EMPTY_WHEN_NOT_SEARCHING.contains(name) && value.isArray() && value.isEmpty())
          || (name.equals("sorting") && value.isArray())
          || (name.equals("active") && value.isBoolean());
      if (!harmless) {
        return false;
      }
    }
    return true;
  }

  /** Seeded filters are looked up once; without the caller, whose grants do not matter here. */
  private Optional<SeededFilter> seeded(String filterId) {
    Optional<SeededFilter> known = seeded.get(filterId);
    if (known != null) {
      return known;
    }
    Optional<SeededFilter> found = WithoutAuthorizations.call(identity, () -> {
      Filter filter = filters.createFilterQuery().filterId(filterId).singleResult();
      return filter == null ? Optional.<SeededFilter>empty()
          : TasklistFilterSeeder.describe(filter);
    });
    if (seeded.size() < 1_000) {
      seeded.put(filterId, found);
    }
    return found;
  }

  private static Integer intParameter(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
