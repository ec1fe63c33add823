package org.colloquium.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds back what a page writes, so that the filter can both send it and keep it. Headers go
 * through to the real response at once and are noted; the body stays here until {@link
 * #sendCaptured()}. A redirect, an error, a cookie or any status but 200 makes the page unfit for
 * sharing.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

  /** A header the page set, in order. */
  record Header(String name, String value) {}

  private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
  private final List<Header> headers = new ArrayList<>();
  private ServletOutputStream stream;
  private PrintWriter writer;
  private int status = SC_OK;
  private boolean cookieSet;
  private boolean handedOver;

  CapturingResponse(HttpServletResponse response) {
    super(response);
  }

  /** Whether the page can be kept for other visitors, as far as its answer tells. */
  boolean shareable() {
    return !handedOver && !cookieSet && status == SC_OK;
  }

  List<Header> headers() {
    return List.copyOf(headers);
  }

  byte[] body() {
    flushWriter();
    return body.toByteArray();
  }

  /**
   * Sends what the page wrote to the real response, unless the container already answers for it
   * (redirects and error pages write to the real response themselves).
   */
  void sendCaptured() throws IOException {
    if (handedOver) {
      return;
    }
    byte[] bytes = body();
    HttpServletResponse response = (HttpServletResponse) getResponse();
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream = new CapturedStream();
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
    }
    return writer;
  }

  @Override
  public void flushBuffer() {
    // Nothing is committed before the page is complete: the filter still has to decide.
    flushWriter();
  }

  @Override
  public boolean isCommitted() {
    return handedOver && super.isCommitted();
  }

  @Override
  public void resetBuffer() {
    flushWriter();
    body.reset();
  }

  @Override
  public void reset() {
    super.reset();
    resetBuffer();
    headers.clear();
    status = SC_OK;
  }

  @Override
  public void setContentLength(int length) {
    // Set from the captured bytes when they are sent.
  }

  @Override
  public void setContentLengthLong(long length) {
    // Set from the captured bytes when they are sent.
  }

  @Override
  public void setStatus(int status) {
    this.status = status;
    super.setStatus(status);
  }

  @Override
  public void sendError(int status) throws IOException {
    handOver(status);
    super.sendError(status);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    handOver(status);
    super.sendError(status, message);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    handOver(SC_FOUND);
    super.sendRedirect(location);
  }

  @Override
  public void addCookie(Cookie cookie) {
    cookieSet = true;
    super.addCookie(cookie);
  }

  @Override
  public void setHeader(String name, String value) {
    if (!isContentLength(name)) {
      headers.removeIf(h -> h.name().equalsIgnoreCase(name));
      note(name, value);
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!isContentLength(name)) {
      note(name, value);
      super.addHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    setHeader(name, Integer.toString(value));
  }

  @Override
  public void addIntHeader(String name, int value) {
    addHeader(name, Integer.toString(value));
  }

  private void note(String name, String value) {
    if ("Set-Cookie".equalsIgnoreCase(name)) {
      cookieSet = true;
    }
    headers.add(new Header(name, value));
  }

  private static boolean isContentLength(String name) {
    return "Content-Length".equalsIgnoreCase(name);
  }

  private void handOver(int status) {
    this.status = status;
    handedOver = true;
    resetBuffer();
  }

  private void flushWriter() {
    if (writer != null) {
      writer.flush();
    }
  }

  private final class CapturedStream extends ServletOutputStream {

    @Override
    public void write(int b) {
      body.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      body.write(bytes, offset, length);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("pages are written synchronously");
    }
  }
}
