package io.github.ogiworkflow.publicapi;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A token bucket per client address in front of the public API: {@code capacity} requests at
 * once, refilled at {@code capacity} per minute. Makes guessing query codes hopeless and
 * bulk submissions slow. In memory, per node.
 */
@Configuration(proxyBeanMethods = false)
public class PublicRateLimiter implements HandlerInterceptor, WebMvcConfigurer {

  /** Above this many clients, buckets that are full again are forgotten. */
  private static final int MAX_TRACKED_CLIENTS = 10_000;

  private final int capacity;
  private final double tokensPerNano;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public PublicRateLimiter(@Value("${ogi.public.rate-limit.capacity:30}") int capacity) {
    this.capacity = capacity;
    this.tokensPerNano = capacity / 60e9;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/public/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
      Object handler) throws Exception {
    if (tryAcquire(request.getRemoteAddr())) {
      return true;
    }
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", "60");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(
        "{\"error\":\"too many requests\",\"message\":\"请求过于频繁，请稍后再试\"}");
    return false;
  }

  public int capacity() {
    return capacity;
  }

  /** Forgets every client: for tests that must not inherit another test's requests. */
  public void reset() {
    buckets.clear();
  }

  boolean tryAcquire(String client) {
    long now = System.nanoTime();
    if (buckets.size() > MAX_TRACKED_CLIENTS) {
      buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(now)).tryTake(now);
  }

  private final class Bucket {
    private double tokens = capacity;
    private long updatedAt;

    Bucket(long now) {
      updatedAt = now;
    }

    synchronized boolean tryTake(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= capacity;
    }

    private void refill(long now) {
      tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
      updatedAt = now;
    }
  }
}
