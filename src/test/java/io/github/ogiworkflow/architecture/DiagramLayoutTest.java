package io.github.ogiworkflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The diagrams stay readable in Cockpit and Camunda Modeler (issue 16, point 5): every element is
 * drawn exactly once, on the right plane; a collapsed sub-process has its own plane (the drill-down
 * of Cockpit and Modeler); no shapes overlap; each plane of the request process fits about one
 * screen. Only diagram data (bpmndi) is checked: the drawing never changes what the engine runs.
 */
class DiagramLayoutTest {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  static final String DI = "http://www.omg.org/spec/DD/20100524/DI";

  /** About one screen at a zoom where the labels can still be read (1440 px wide at 60 %). */
  static final double MAX_PLANE_WIDTH = 2400;
  static final double MAX_PLANE_HEIGHT = 1700;

  static final Map<Path, Document> models = new LinkedHashMap<>();

  @BeforeAll
  static void readModels() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        models.put(file, factory.newDocumentBuilder().parse(file.toFile()));
      }
    }
    assertThat(models).hasSizeGreaterThanOrEqualTo(8).containsKey(Path.of("processes/disclosure-request.bpmn"));
  }

  @Test
  void everyFlowNodeAndSequenceFlowIsDrawnExactlyOnce() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (var model : models.entrySet()) {
      Map<String, Integer> drawn = new HashMap<>();
      for (Element di : diagramElements(model.getValue())) {
        drawn.merge(di.getAttribute("bpmnElement"), 1, Integer::sum);
      }
      for (Element element : flowElements(model.getValue())) {
        checked++;
        int count = drawn.getOrDefault(element.getAttribute("id"), 0);
        if (count != 1) {
          problems.add(model.getKey().getFileName() + ": " + element.getAttribute("id") + " drawn " + count + " times");
        }
      }
    }
    assertThat(checked).isGreaterThan(200);
    assertThat(problems).isEmpty();
  }

  @Test
  void everyElementIsDrawnOnThePlaneOfItsNearestCollapsedSubProcess() {
    List<String> problems = new ArrayList<>();
    for (var model : models.entrySet()) {
      Document doc = model.getValue();
      Map<String, String> planeOfDi = new HashMap<>();
      for (Element plane : elements(doc, BPMNDI, "BPMNPlane")) {
        for (Element di : children(plane)) {
          planeOfDi.put(di.getAttribute("bpmnElement"), plane.getAttribute("bpmnElement"));
        }
      }
      Map<String, Boolean> expanded = expandedFlags(doc);
      for (Element element : flowElements(doc)) {
        String id = element.getAttribute("id");
        String expected = expectedPlane(element, expanded);
        if (!expected.equals(planeOfDi.get(id))) {
          problems.add(model.getKey().getFileName() + ": " + id + " is on plane " + planeOfDi.get(id)
              + ", expected " + expected);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theRequestProcessShowsItsPhasesCollapsedWithADrillDown() {
    Document doc = models.get(Path.of("processes/disclosure-request.bpmn"));
    Map<String, Boolean> expanded = expandedFlags(doc);
    List<String> planes = elements(doc, BPMNDI, "BPMNPlane").stream().map(p -> p.getAttribute("bpmnElement")).toList();
    for (String subProcess : List.of("SubProcess_Handling", "SubProcess_Consultation",
        "EventSubProcess_ReplyReminder", "EventSubProcess_ReplyOverdue",
        "EventSubProcess_Withdrawal")) {
      assertThat(expanded.get(subProcess)).as(subProcess + " expanded").isFalse();
      assertThat(planes).as("planes").contains(subProcess);
    }
    assertThat(planes).hasSize(6).contains("DisclosureRequest");
  }

  @Test
  void everyPlaneOfTheRequestProcessFitsAboutOneScreen() {
    Document doc = models.get(Path.of("processes/disclosure-request.bpmn"));
    List<String> tooBig = new ArrayList<>();
    List<Element> planes = elements(doc, BPMNDI, "BPMNPlane");
    assertThat(planes).isNotEmpty();
    for (Element plane : planes) {
      double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
      for (Element bounds : descendants(plane, DC, "Bounds")) {
        double[] b = bounds(bounds);
        minX = Math.min(minX, b[0]);
        minY = Math.min(minY, b[1]);
        maxX = Math.max(maxX, b[0] + b[2]);
        maxY = Math.max(maxY, b[1] + b[3]);
      }
      for (Element point : descendants(plane, DI, "waypoint")) {
        double x = Double.parseDouble(point.getAttribute("x"));
        double y = Double.parseDouble(point.getAttribute("y"));
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
      double width = maxX - minX;
      double height = maxY - minY;
      if (width > MAX_PLANE_WIDTH || height > MAX_PLANE_HEIGHT) {
        tooBig.add(plane.getAttribute("bpmnElement") + ": " + Math.round(width) + " x " + Math.round(height));
      }
    }
    assertThat(tooBig).as("planes larger than %s x %s", MAX_PLANE_WIDTH, MAX_PLANE_HEIGHT).isEmpty();
  }

  @Test
  void noTwoShapesOfAPlaneOverlap() {
    List<String> overlaps = new ArrayList<>();
    int pairs = 0;
    for (var model : models.entrySet()) {
      Document doc = model.getValue();
      Map<String, Element> semantic = new HashMap<>();
      for (Element element : flowElements(doc)) {
        semantic.put(element.getAttribute("id"), element);
      }
      for (Element plane : elements(doc, BPMNDI, "BPMNPlane")) {
        List<Element> shapes = children(plane).stream().filter(e -> "BPMNShape".equals(e.getLocalName())).toList();
        for (int i = 0; i < shapes.size(); i++) {
          for (int j = i + 1; j < shapes.size(); j++) {
            String a = shapes.get(i).getAttribute("bpmnElement");
            String b = shapes.get(j).getAttribute("bpmnElement");
            pairs++;
            if (mayOverlap(semantic.get(a), semantic.get(b)) || mayOverlap(semantic.get(b), semantic.get(a))) {
              continue;
            }
            if (intersect(bounds(shapeBounds(shapes.get(i))), bounds(shapeBounds(shapes.get(j))))) {
              overlaps.add(model.getKey().getFileName() + ": " + a + " / " + b);
            }
          }
        }
      }
    }
    assertThat(pairs).isGreaterThan(1000);
    assertThat(overlaps).isEmpty();
  }

  /** A boundary event sits on its host; an element drawn inside its expanded sub-process. */
  static boolean mayOverlap(Element element, Element other) {
    if (element == null || other == null) {
      return false;
    }
    if ("boundaryEvent".equals(element.getLocalName())
        && element.getAttribute("attachedToRef").equals(other.getAttribute("id"))) {
      return true;
    }
    for (Node parent = element.getParentNode(); parent instanceof Element p; parent = p.getParentNode()) {
      if (p == other) {
        return true;
      }
    }
    return false;
  }

  static boolean intersect(double[] a, double[] b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }

  /** The plane an element belongs on: its nearest collapsed sub-process, else the process. */
  static String expectedPlane(Element element, Map<String, Boolean> expanded) {
    for (Node parent = element.getParentNode(); parent instanceof Element p; parent = p.getParentNode()) {
      if ("process".equals(p.getLocalName())) {
        return p.getAttribute("id");
      }
      if (isSubProcess(p) && !expanded.getOrDefault(p.getAttribute("id"), false)) {
        return p.getAttribute("id");
      }
    }
    throw new IllegalStateException("no process around " + element.getAttribute("id"));
  }

  /** bpmn-js draws a sub-process expanded only if its shape says isExpanded="true". */
  static Map<String, Boolean> expandedFlags(Document doc) {
    Map<String, Boolean> expanded = new HashMap<>();
    for (Element shape : elements(doc, BPMNDI, "BPMNShape")) {
      expanded.put(shape.getAttribute("bpmnElement"), "true".equals(shape.getAttribute("isExpanded")));
    }
    return expanded;
  }

  static boolean isSubProcess(Element e) {
    return BPMN.equals(e.getNamespaceURI())
        && ("subProcess".equals(e.getLocalName()) || "transaction".equals(e.getLocalName()));
  }

  /** Flow nodes (tasks, events, gateways, sub-processes, call activities) and sequence flows. */
  static List<Element> flowElements(Document doc) {
    List<Element> found = new ArrayList<>();
    for (Element process : elements(doc, BPMN, "process")) {
      collectFlowElements(process, found);
    }
    return found;
  }

  static void collectFlowElements(Element container, List<Element> found) {
    for (Element child : children(container)) {
      String name = child.getLocalName();
      if (!BPMN.equals(child.getNamespaceURI())) {
        continue;
      }
      if (name.endsWith("Task") || name.equals("task") || name.endsWith("Event") || name.endsWith("Gateway")
          || name.equals("callActivity") || name.equals("sequenceFlow") || isSubProcess(child)) {
        found.add(child);
      }
      if (isSubProcess(child)) {
        collectFlowElements(child, found);
      }
    }
  }

  static List<Element> diagramElements(Document doc) {
    List<Element> found = new ArrayList<>(elements(doc, BPMNDI, "BPMNShape"));
    found.addAll(elements(doc, BPMNDI, "BPMNEdge"));
    return found;
  }

  static Element shapeBounds(Element shape) {
    return children(shape).stream().filter(e -> "Bounds".equals(e.getLocalName())).findFirst().orElseThrow();
  }

  static double[] bounds(Element b) {
    return new double[] {Double.parseDouble(b.getAttribute("x")), Double.parseDouble(b.getAttribute("y")),
        Double.parseDouble(b.getAttribute("width")), Double.parseDouble(b.getAttribute("height"))};
  }

  static List<Element> elements(Document doc, String ns, String name) {
    return list(doc.getElementsByTagNameNS(ns, name));
  }

  static List<Element> descendants(Element root, String ns, String name) {
    return list(root.getElementsByTagNameNS(ns, name));
  }

  static List<Element> children(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        found.add(e);
      }
    }
    return found;
  }

  static List<Element> list(NodeList nodes) {
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}
