package org.colloquium.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/** A response that records what is set on it: headers, status, bytes. */
final class FakeResponse {

  final List<String[]> headers = new ArrayList<>();
  final ByteArrayOutputStream body = new ByteArrayOutputStream();
  String contentType;
  String characterEncoding = "UTF-8";
  int status = 200;
  long contentLength = -1;
  boolean redirected;

  final HttpServletResponse response =
      (HttpServletResponse)
          Proxy.newProxyInstance(
              HttpServletResponse.class.getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, m, args) ->
                  switch (m.getName()) {
                    case "setHeader" -> {
                      headers.removeIf(h -> h[0].equalsIgnoreCase((String) args[0]));
                      headers.add(new String[] {(String) args[0], (String) args[1]});
                      yield null;
                    }
                    case "addHeader" -> {
                      headers.add(new String[] {(String) args[0], (String) args[1]});
                      yield null;
                    }
                    case "setContentType" -> {
                      contentType = (String) args[0];
                      yield null;
                    }
                    case "getContentType" -> contentType;
                    case "getCharacterEncoding" -> characterEncoding;
                    case "setStatus" -> {
                      status = (Integer) args[0];
                      yield null;
                    }
                    case "sendRedirect" -> {
                      redirected = true;
                      status = 302;
                      yield null;
                    }
                    case "sendError" -> {
                      status = (Integer) args[0];
                      yield null;
                    }
                    case "addCookie", "setDateHeader", "reset", "resetBuffer" -> null;
                    case "setContentLength" -> {
                      contentLength = (Integer) args[0];
                      yield null;
                    }
                    case "setContentLengthLong" -> {
                      contentLength = (Long) args[0];
                      yield null;
                    }
                    case "isCommitted" -> false;
                    case "getOutputStream" -> stream();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "FakeResponse";
                    default -> throw new UnsupportedOperationException(m.getName());
                  });

  List<String> header(String name) {
    return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
  }

  private ServletOutputStream stream() {
    return new ServletOutputStream() {
      @Override
      public void write(int b) {
        body.write(b);
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {}
    };
  }
}
