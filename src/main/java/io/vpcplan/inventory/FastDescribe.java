package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.Location;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Subnet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The common case of a large estate read from bytes: a describe-vpcs or describe-subnets file
 * (either or both keys) as the AWS CLI prints it, every element well-formed. It gives exactly the
 * values and locations that {@link VpcReaders} gives; on anything else (another key, a value of
 * another type, a bad CIDR, a missing field, IPAM tags, escapes, non-ASCII text, a lone CR,
 * malformed JSON) it gives up on the whole file and {@link DescribeFile} reads it with the
 * streaming parser, which names each problem with its location.
 */
final class FastDescribe {
  /** Larger files are streamed, never held whole. */
  static final int MAX_BYTES = 32 << 20;

  private static final byte[] VPCS = ByteJson.bytes("Vpcs");
  private static final byte[] SUBNETS = ByteJson.bytes("Subnets");
  private static final byte[] NEXT_TOKEN = ByteJson.bytes("NextToken");
  private static final byte[] VPC_ID = ByteJson.bytes("VpcId");
  private static final byte[] OWNER_ID = ByteJson.bytes("OwnerId");
  private static final byte[] STATE = ByteJson.bytes("State");
  private static final byte[] CIDR_BLOCK = ByteJson.bytes("CidrBlock");
  private static final byte[] IS_DEFAULT = ByteJson.bytes("IsDefault");
  private static final byte[] TAGS = ByteJson.bytes("Tags");
  private static final byte[] V4_SET = ByteJson.bytes("CidrBlockAssociationSet");
  private static final byte[] V4_STATE = ByteJson.bytes("CidrBlockState");
  private static final byte[] V6_SET = ByteJson.bytes("Ipv6CidrBlockAssociationSet");
  private static final byte[] V6_BLOCK = ByteJson.bytes("Ipv6CidrBlock");
  private static final byte[] V6_STATE = ByteJson.bytes("Ipv6CidrBlockState");
  private static final byte[] SUBNET_ID = ByteJson.bytes("SubnetId");
  private static final byte[] AZ = ByteJson.bytes("AvailabilityZone");
  private static final byte[] PUBLIC = ByteJson.bytes("MapPublicIpOnLaunch");
  private static final byte[][] VPC_FIELDS = {VPC_ID, OWNER_ID, STATE, CIDR_BLOCK, IS_DEFAULT, TAGS, V4_SET, V6_SET};
  private static final byte[][] SUBNET_FIELDS = {SUBNET_ID, VPC_ID, OWNER_ID, STATE, AZ, TAGS, CIDR_BLOCK, PUBLIC, V6_SET};
  private static final byte[] KEY = ByteJson.bytes("Key");
  private static final byte[] VALUE = ByteJson.bytes("Value");
  private static final byte[] NAME = ByteJson.bytes("Name");
  private static final byte[] IPAM_TAG = ByteJson.bytes("vpcplan:ipam-");
  private static final byte[] AVAILABLE = ByteJson.bytes("available");
  private static final byte[] ASSOCIATED = ByteJson.bytes("associated");
  private static final byte[] ASSOCIATING = ByteJson.bytes("associating");

  private final ByteJson j;
  private final Parsed out;

  private FastDescribe(byte[] bytes, int length, FileContext ctx) {
    this.j = new ByteJson(bytes, length);
    this.out = new Parsed(ctx);
  }

  /** Each reading thread's buffer, kept up to this size: thousands of small files allocate nothing. */
  private static final int KEPT_BYTES = 4 << 20;
  private static final ThreadLocal<ByteBuffer> BUFFER = ThreadLocal.withInitial(() -> ByteBuffer.allocate(64 << 10));

  /** The file read the fast way, or null: read it with the streaming parser. */
  static Parsed read(Path file, FileContext ctx) {
    ByteBuffer buf;
    try (FileChannel ch = FileChannel.open(file)) {
      long size = ch.size();
      if (size == 0 || size > MAX_BYTES) return null;
      buf = BUFFER.get();
      if (size > buf.capacity()) {
        buf = ByteBuffer.allocate((int) Math.max(size, Math.min(KEPT_BYTES, 2L * buf.capacity())));
        if (buf.capacity() <= KEPT_BYTES) BUFFER.set(buf);
      }
      buf.clear().limit((int) size);
      while (buf.hasRemaining()) if (ch.read(buf) < 0) return null;
    } catch (IOException | RuntimeException e) {
      return null; // the streaming read reports it
    }
    return read(buf.array(), buf.limit(), ctx);
  }

  /** The first {@code length} bytes of {@code bytes} read the fast way, or null. */
  static Parsed read(byte[] bytes, int length, FileContext ctx) {
    try {
      return new FastDescribe(bytes, length, ctx).file();
    } catch (ByteJson.Bail e) {
      return null;
    }
  }

  private Parsed file() {
    j.bom();
    j.ws();
    if (j.open('{', '}')) throw ByteJson.BAIL; // no describe-* key: the streaming read's note
    do {
      j.key();
      if (j.is(VPCS)) elements(true);
      else if (j.is(SUBNETS)) elements(false);
      else if (j.is(NEXT_TOKEN)) j.skip(); // left in a paginated export: the streaming read skips it too
      else throw ByteJson.BAIL;
    } while (j.more('}'));
    j.ws();
    if (!j.atEnd()) throw ByteJson.BAIL;
    return out;
  }

  private void elements(boolean vpcs) {
    if (j.open('[', ']')) return;
    do {
      if (j.peek() != '{') throw ByteJson.BAIL;
      Location at = j.here(out.ctx.file());
      if (vpcs) vpc(at);
      else subnet(at);
    } while (j.more(']'));
  }

  /** As {@link VpcReaders#vpc} for an element without problems. */
  private void vpc(Location at) {
    String id = null, owner = null, name = null;
    Cidr primary = null;
    boolean isDefault = false, available = true;
    List<Cidr> v4 = null, v6 = null; // made when a block is found: most VPCs have no IPv6 block
    if (!j.open('{', '}')) {
      do {
        j.key();
        switch (j.which(VPC_FIELDS)) {
          case 0 -> id = j.text();
          case 1 -> owner = intern();
          case 2 -> available = isAnyCase(AVAILABLE);
          case 3 -> primary = cidr();
          case 4 -> isDefault = j.bool();
          case 5 -> name = nameTag(true);
          case 6 -> v4 = blocks(CIDR_BLOCK, V4_STATE, v4);
          case 7 -> v6 = blocks(V6_BLOCK, V6_STATE, v6);
          default -> j.skip();
        }
      } while (j.more('}'));
    }
    if (id == null || (primary == null && v4 == null)) throw ByteJson.BAIL; // a finding: the streaming read says it
    if (!available) return;
    List<Cidr> cidrs = new ArrayList<>((v4 == null ? 0 : v4.size()) + (v6 == null ? 0 : v6.size()) + 1);
    if (primary != null) cidrs.add(primary);
    if (v4 != null) for (Cidr c : v4) if (!cidrs.contains(c)) cidrs.add(c);
    if (v6 != null) cidrs.addAll(v6);
    id.hashCode(); // hashed here, on a reading thread: the one-thread assembly keys its maps by the ids
    out.vpcs.add(new Parsed.RawVpc(id, owner, name, cidrs, isDefault, out.ctx, at, new ArrayList<IpamAllocation>(0)));
  }

  /** As {@link VpcReaders#subnet} for an element without problems. */
  private void subnet(Location at) {
    String id = null, vpc = null, owner = null, az = null, name = null;
    Cidr cidr = null;
    boolean pub = false, available = true;
    List<Cidr> v6 = null;
    if (!j.open('{', '}')) {
      do {
        j.key();
        switch (j.which(SUBNET_FIELDS)) {
          case 0 -> id = j.text();
          case 1 -> vpc = intern();
          case 2 -> owner = intern();
          case 3 -> available = isAnyCase(AVAILABLE);
          case 4 -> az = intern();
          case 5 -> name = nameTag(false);
          case 6 -> cidr = cidr();
          case 7 -> pub = j.bool();
          case 8 -> v6 = blocks(V6_BLOCK, V6_STATE, v6);
          default -> j.skip();
        }
      } while (j.more('}'));
    }
    if (id == null || vpc == null || (cidr == null && v6 == null)) throw ByteJson.BAIL;
    if (!available) return;
    id.hashCode(); // as for a VPC
    vpc.hashCode();
    Cidr c = cidr != null ? cidr : v6.get(0);
    Subnet sub = new Subnet(id, name, "", az, c, Purpose.WORKLOAD, pub, at, cidr != null && v6 != null ? v6.get(0) : null);
    out.subnets.add(new Parsed.RawSubnet(id, vpc, owner, sub, out.ctx));
  }

  private String intern() {
    j.string();
    return out.intern(j.b, j.start, j.stop - j.start);
  }

  private boolean isAnyCase(byte[] wanted) {
    j.string();
    return j.isAnyCase(wanted);
  }

  private Cidr cidr() {
    j.string();
    Cidr c = FastCidr.parse(j.b, j.start, j.stop - j.start);
    return c != null ? c : otherCidr();
  }

  /** IPv6 (dual-stack estates have one per VPC and subnet) or a rarer form: as Elem.cidr, through Cidr.parse. */
  private Cidr otherCidr() {
    try {
      return Cidr.parse(new String(j.b, j.start, j.stop - j.start, StandardCharsets.ISO_8859_1));
    } catch (RuntimeException e) {
      throw ByteJson.BAIL; // a bad CIDR: the streaming read names it
    }
  }

  /** The Name tag's value (null when none); a VPC's IPAM tags are left to the general path. */
  private String nameTag(boolean vpc) {
    String name = null;
    if (j.open('[', ']')) return null;
    do {
      if (j.peek() != '{') throw ByteJson.BAIL;
      boolean isName = false;
      String value = null;
      if (!j.open('{', '}')) {
        do {
          j.key();
          if (j.is(KEY)) {
            j.string();
            isName = j.is(NAME);
            if (vpc && startsWith(IPAM_TAG)) throw ByteJson.BAIL;
          } else if (j.is(VALUE)) {
            value = j.text();
          } else {
            j.skip();
          }
        } while (j.more('}'));
      }
      if (isName) name = value;
    } while (j.more(']'));
    return name;
  }

  private boolean startsWith(byte[] prefix) {
    if (j.stop - j.start < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if (j.b[j.start + i] != prefix[i]) return false;
    return true;
  }

  /**
   * As VpcReaders' blocks: adds the blocks of a CidrBlockAssociationSet-like list whose state is
   * associated to {@code into}, made when null and there is one; returns it.
   */
  private List<Cidr> blocks(byte[] key, byte[] stateKey, List<Cidr> into) {
    if (j.open('[', ']')) return into;
    do {
      if (j.peek() != '{') throw ByteJson.BAIL;
      Cidr c = null;
      boolean associated = true;
      if (!j.open('{', '}')) {
        do {
          j.key();
          if (j.is(key)) {
            c = cidr();
            if (c.isV4() != (key == CIDR_BLOCK)) throw ByteJson.BAIL; // the other family: the streaming read names it
          } else if (j.is(stateKey)) {
            associated = state();
          } else {
            j.skip();
          }
        } while (j.more('}'));
      }
      if (c != null && associated) {
        if (into == null) into = new ArrayList<>(2);
        into.add(c);
      }
    } while (j.more(']'));
    return into;
  }

  /** {"State": "associated"} or "associating" in any case, or no State: true. */
  private boolean state() {
    if (j.peek() != '{') throw ByteJson.BAIL;
    boolean is = true;
    if (j.open('{', '}')) return true;
    do {
      j.key();
      if (j.is(STATE)) is = isAnyCase(ASSOCIATED) || j.isAnyCase(ASSOCIATING);
      else j.skip();
    } while (j.more('}'));
    return is;
  }
}
