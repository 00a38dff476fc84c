package io.github.ogiworkflow.enginerest;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Passes successful answers straight through; an answer whose status is 400 or more when its
 * body is started is kept in memory instead, so {@link SafeErrorResponses} can look at it and
 * write what the client may see. Error bodies are small.
 */
final class ErrorBodyCapture extends HttpServletResponseWrapper {

  private ByteArrayOutputStream captured;
  private ServletOutputStream stream;
  private PrintWriter writer;

  ErrorBodyCapture(HttpServletResponse response) {
    super(response);
  }

  boolean isCapturing() {
    return captured != null;
  }

  /** The captured body; call after the chain has finished. */
  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return captured.toByteArray();
  }

  private boolean capture() {
    if (captured == null && getStatus() >= 400 && !getResponse().isCommitted()) {
      captured = new ByteArrayOutputStream();
    }
    return captured != null;
  }

  private boolean isError() {
    return captured != null || getStatus() >= 400;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (!capture()) {
      return super.getOutputStream();
    }
    if (stream == null) {
      stream = new ServletOutputStream() {
        @Override
        public void write(int b) {
          captured.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          captured.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("error bodies are written blocking");
        }
      };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!capture()) {
      return super.getWriter();
    }
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(captured, charset));
    }
    return writer;
  }

  // The length of an error body is set again for the body actually written.
  @Override
  public void setContentLength(int length) {
    if (!isError()) {
      super.setContentLength(length);
    }
  }

  @Override
  public void setContentLengthLong(long length) {
    if (!isError()) {
      super.setContentLengthLong(length);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!(isError() && "Content-Length".equalsIgnoreCase(name))) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!(isError() && "Content-Length".equalsIgnoreCase(name))) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (!(isError() && "Content-Length".equalsIgnoreCase(name))) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (!(isError() && "Content-Length".equalsIgnoreCase(name))) {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (captured == null) {
      super.flushBuffer();
    }
  }

  @Override
  public void resetBuffer() {
    if (captured != null) {
      captured.reset();
    }
    super.resetBuffer();
  }

  @Override
  public void reset() {
    if (captured != null) {
      captured.reset();
    }
    super.reset();
  }
}
